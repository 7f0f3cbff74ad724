// Single-valued references (city, town, park) are replaced when a re-imported row changes them.
UNWIND $rows AS row
MERGE (n:Enterprise {uscc: row.uscc})
SET n += row.props
WITH n, row
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:LOCATED_IN]->(c0:City) WHERE row.cityCode IS NULL OR c0.code <> row.cityCode
  DELETE old
  WITH DISTINCT n, row
  MATCH (c:City {code: row.cityCode})
  MERGE (n)-[:LOCATED_IN]->(c)
}
CALL (n, row) {
  // Firms abroad are located in their country instead of a city.
  OPTIONAL MATCH (n)-[old:LOCATED_IN]->(k0:Country) WHERE row.countryCode IS NULL OR k0.code <> row.countryCode
  DELETE old
  WITH DISTINCT n, row
  MATCH (k:Country {code: row.countryCode})
  MERGE (n)-[:LOCATED_IN]->(k)
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:IN_TOWN]->(t0:Town) WHERE row.townCode IS NULL OR t0.code <> row.townCode
  DELETE old
  WITH DISTINCT n, row
  MATCH (t:Town {code: row.townCode})
  MERGE (n)-[:IN_TOWN]->(t)
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:IN_PARK]->(p0:Park) WHERE row.parkId IS NULL OR p0.id <> row.parkId
  DELETE old
  WITH DISTINCT n, row
  MATCH (p:Park {id: row.parkId})
  MERGE (n)-[:IN_PARK]->(p)
}
