// The 招商专家库, or the experts of one chain; with their chains and the person they are in the graph.
MATCH (x:Expert)
WHERE $industryCode IS NULL OR EXISTS { (x)-[:COVERS]->(:Industry {code: $industryCode}) }
RETURN x {.id, .name, .field, .organisation, active: coalesce(x.active, true), version: coalesce(x.version, 0),
          industryCodes: COLLECT { MATCH (x)-[:COVERS]->(i:Industry) RETURN i.code ORDER BY i.code },
          personId: [(x)-[:IS]->(p:Person) | p.id][0], source: coalesce(x.source, 'API')} AS expert
ORDER BY x.id
