// Plots of the land pool, filtered; the largest first within a park.
MATCH (l:LandPlot)-[:IN_PARK]->(park:Park)
WHERE ($parkId IS NULL OR park.id = $parkId)
  AND ($statuses IS NULL OR l.status IN $statuses)
  AND ($industryCode IS NULL OR EXISTS { (l)-[:SUITS]->(:Industry {code: $industryCode}) })
  AND ($projectId IS NULL OR EXISTS { (l)-[:FOR_PROJECT]->(:Project {id: $projectId}) })
OPTIONAL MATCH (l)-[:FOR_PROJECT]->(p:Project)
WITH l, park, p ORDER BY park.id, l.areaMu DESC, l.id
LIMIT toInteger($limit)
RETURN l {.*, statusOn: toString(l.statusOn), revitalizedMu: coalesce(l.revitalizedMu, 0.0), version: coalesce(l.version, 0),
          parkId: park.id, parkName: park.name, projectId: p.id, projectName: p.name,
          industryCodes: COLLECT { MATCH (l)-[:SUITS]->(i:Industry) RETURN i.code ORDER BY i.code }} AS plot
