// Creates or updates one enterprise; its place (a city, or a country abroad) is replaced when given.
MERGE (e:Enterprise {uscc: $uscc})
SET e += $props
WITH e
CALL (e) {
  WITH e WHERE $cityCode IS NOT NULL OR $countryCode IS NOT NULL
  OPTIONAL MATCH (e)-[old:LOCATED_IN]->(:City|Country)
  DELETE old
  WITH DISTINCT e
  OPTIONAL MATCH (c:City {code: $cityCode})
  OPTIONAL MATCH (k:Country {code: $countryCode})
  FOREACH (x IN [y IN [c, k] WHERE y IS NOT NULL] | MERGE (e)-[:LOCATED_IN]->(x))
}
RETURN e {.*, searchText: null} AS node
