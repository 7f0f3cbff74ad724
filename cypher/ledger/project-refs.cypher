// Which of the nodes a project write names exist (a missing one is NOT_FOUND, naming the field).
RETURN ($industryCode IS NULL OR EXISTS { MATCH (:Industry {code: $industryCode}) }) AS industry,
       ($investorUscc IS NULL OR EXISTS { MATCH (:Enterprise {uscc: $investorUscc}) }) AS investor,
       ($parkId IS NULL OR EXISTS { MATCH (:Park {id: $parkId}) }) AS park,
       ($teamId IS NULL OR EXISTS { MATCH (:Team {id: $teamId}) }) AS team,
       [c IN coalesce($linkCodes, []) WHERE NOT EXISTS { MATCH (:ChainLink {code: c}) }] AS missingLinks
