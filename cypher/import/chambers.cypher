UNWIND $rows AS row
MERGE (n:Chamber {id: row.id})
SET n += row.props
WITH n, row
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:BASED_IN]->(p0) WHERE (p0:City AND (row.cityCode IS NULL OR p0.code <> row.cityCode))
    OR (p0:Country AND (row.countryCode IS NULL OR p0.code <> row.countryCode))
  DELETE old
}
CALL (n, row) {
  MATCH (c:City {code: row.cityCode})
  MERGE (n)-[:BASED_IN]->(c)
}
CALL (n, row) {
  MATCH (c:Country {code: row.countryCode})
  MERGE (n)-[:BASED_IN]->(c)
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:AFFILIATED_WITH]->(c0:Council) WHERE row.councilId IS NULL OR c0.id <> row.councilId
  DELETE old
  WITH DISTINCT n, row
  MATCH (c:Council {id: row.councilId})
  MERGE (n)-[:AFFILIATED_WITH]->(c)
}
