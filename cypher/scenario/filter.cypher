// Saved scenarios, newest first (keyset page tail: cypher/common/page.cypher).
MATCH (n:Scenario)
WHERE ($f.kind IS NULL OR n.kind = $f.kind)
  AND ($f.createdBy IS NULL OR n.createdBy = $f.createdBy)
  AND ($f.nameContains IS NULL OR n.name CONTAINS $f.nameContains)
WITH n AS node, -toFloat(datetime(n.createdAt).epochMillis) AS s1, '' AS s2, n.id AS k
