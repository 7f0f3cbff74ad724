MATCH (n:Chamber)
WHERE ($f.kind IS NULL OR n.kind = $f.kind)
  AND ($f.cityCode IS NULL OR EXISTS { (n)-[:BASED_IN]->(:City {code: $f.cityCode}) })
  AND ($f.countryCode IS NULL OR EXISTS { (n)-[:BASED_IN]->(:Country {code: $f.countryCode}) })
WITH n AS node, 0.0 AS s1, n.name AS s2, n.id AS k
