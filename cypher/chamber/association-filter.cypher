MATCH (n:Association)
WHERE ($f.industryCode IS NULL OR EXISTS { (n)-[:SERVES]->(:Industry {code: $f.industryCode}) })
WITH n AS node, 0.0 AS s1, n.id AS s2, n.id AS k
