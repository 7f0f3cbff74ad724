UNWIND $keys AS key
MATCH (l:LandPlot)-[:IN_PARK]->(park:Park {id: key})
OPTIONAL MATCH (l)-[:FOR_PROJECT]->(p:Project)
WITH key, l, park, p ORDER BY l.status, l.areaMu DESC, l.id
RETURN key, l {.*, statusOn: toString(l.statusOn), revitalizedMu: coalesce(l.revitalizedMu, 0.0), version: coalesce(l.version, 0),
          parkId: park.id, parkName: park.name, projectId: p.id, projectName: p.name,
          industryCodes: COLLECT { MATCH (l)-[:SUITS]->(i:Industry) RETURN i.code ORDER BY i.code }} AS item
