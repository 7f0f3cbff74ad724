UNWIND $rows AS row
MERGE (n:Association {id: row.id})
SET n += row.props
WITH n, row
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:SERVES]->(i0:Industry) WHERE row.industryCode IS NULL OR i0.code <> row.industryCode
  DELETE old
  WITH DISTINCT n, row
  MATCH (i:Industry {code: row.industryCode})
  MERGE (n)-[:SERVES]->(i)
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:AFFILIATED_WITH]->(c0:Council) WHERE row.councilId IS NULL OR c0.id <> row.councilId
  DELETE old
  WITH DISTINCT n, row
  MATCH (c:Council {id: row.councilId})
  MERGE (n)-[:AFFILIATED_WITH]->(c)
}
