// An expert as a write reads it, locked for the rest of the transaction; no row when there is none.
MATCH (x:Expert {id: $id})
SET x._lock = true
REMOVE x._lock
RETURN x {.id, .name, .field, .organisation, active: coalesce(x.active, true), version: coalesce(x.version, 0),
          industryCodes: COLLECT { MATCH (x)-[:COVERS]->(i:Industry) RETURN i.code ORDER BY i.code },
          personId: [(x)-[:IS]->(p:Person) | p.id][0], source: coalesce(x.source, 'API')} AS expert
