// The 招商专家库: an expert, the person they are in the graph (for conflicts of interest) and their chains.
UNWIND $rows AS row
MERGE (x:Expert {id: row.id})
SET x += row.props
WITH x, row
CALL (x, row) {
  OPTIONAL MATCH (x)-[old:IS]->(p0:Person) WHERE row.personId IS NULL OR p0.id <> row.personId
  DELETE old
  WITH DISTINCT x, row
  MATCH (p:Person {id: row.personId})
  MERGE (x)-[:IS]->(p)
}
CALL (x, row) {
  OPTIONAL MATCH (x)-[old:COVERS]->(i0:Industry) WHERE NOT i0.code IN row.industryCodes
  DELETE old
  WITH DISTINCT x, row
  UNWIND row.industryCodes AS code
  MATCH (i:Industry {code: code})
  MERGE (x)-[:COVERS]->(i)
}
