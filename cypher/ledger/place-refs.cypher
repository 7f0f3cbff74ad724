RETURN ($cityCode IS NULL OR EXISTS { MATCH (:City {code: $cityCode}) }) AS city,
       ($countryCode IS NULL OR EXISTS { MATCH (:Country {code: $countryCode}) }) AS country
