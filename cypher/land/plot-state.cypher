// One plot as a write reads it, locked (the _lock write makes concurrent writers wait their turn).
MATCH (l:LandPlot {id: $id})-[:IN_PARK]->(park:Park)
SET l._lock = true
REMOVE l._lock
WITH l, park
OPTIONAL MATCH (l)-[:FOR_PROJECT]->(p:Project)
RETURN l {.*, statusOn: toString(l.statusOn), revitalizedMu: coalesce(l.revitalizedMu, 0.0), version: coalesce(l.version, 0),
          parkId: park.id, parkName: park.name, projectId: p.id, projectName: p.name,
          industryCodes: COLLECT { MATCH (l)-[:SUITS]->(i:Industry) RETURN i.code ORDER BY i.code }} AS plot
