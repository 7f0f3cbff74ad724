UNWIND $rows AS row
MERGE (n:Person {id: row.id})
SET n += row.props
WITH n, row
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:NATIVE_OF]->(c0:City) WHERE row.nativeCityCode IS NULL OR c0.code <> row.nativeCityCode
  DELETE old
  WITH DISTINCT n, row
  MATCH (c:City {code: row.nativeCityCode})
  MERGE (n)-[:NATIVE_OF]->(c)
}
