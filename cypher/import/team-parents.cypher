UNWIND $rows AS row
MATCH (n:Team {id: row.id})
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:PART_OF]->(p0:Team) WHERE row.parentId IS NULL OR p0.id <> row.parentId
  DELETE old
  WITH DISTINCT n, row
  MATCH (p:Team {id: row.parentId})
  MERGE (n)-[:PART_OF]->(p)
}
