// Creates or updates one person; the native place is replaced when given.
MERGE (p:Person {id: $id})
SET p += $props
WITH p
CALL (p) {
  WITH p WHERE $nativeCityCode IS NOT NULL
  OPTIONAL MATCH (p)-[old:NATIVE_OF]->(:City)
  DELETE old
  WITH DISTINCT p
  MATCH (c:City {code: $nativeCityCode})
  MERGE (p)-[:NATIVE_OF]->(c)
}
RETURN p {.*, searchText: null} AS node
