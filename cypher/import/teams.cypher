// Teams are written in two passes (nodes, then parents) so a parent may appear after its child.
UNWIND $rows AS row
MERGE (n:Team {id: row.id})
SET n += row.props
WITH n, row
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:RESPONSIBLE_FOR]->(i0:Industry) WHERE row.industryCode IS NULL OR i0.code <> row.industryCode
  DELETE old
  WITH DISTINCT n, row
  MATCH (i:Industry {code: row.industryCode})
  MERGE (n)-[:RESPONSIBLE_FOR]->(i)
}
