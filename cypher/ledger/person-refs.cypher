// Which of the nodes a people write names exist.
RETURN ($personId IS NULL OR EXISTS { MATCH (:Person {id: $personId}) }) AS person,
       ($uscc IS NULL OR EXISTS { MATCH (:Enterprise {uscc: $uscc}) }) AS enterprise,
       ($chamberId IS NULL OR EXISTS { MATCH (:Chamber {id: $chamberId}) }) AS chamber,
       ($cityCode IS NULL OR EXISTS { MATCH (:City {code: $cityCode}) }) AS city
