// Creates or updates an expert: properties, version, chains and person (references checked by the service).
MERGE (x:Expert {id: $id})
SET x.name = $name, x.field = $field, x.organisation = $organisation, x.active = $active, x.version = $version,
    x.source = coalesce(x.source, 'API')
WITH x
CALL (x) {
  OPTIONAL MATCH (x)-[old:COVERS]->(i:Industry) WHERE NOT i.code IN $industryCodes
  DELETE old
}
CALL (x) {
  UNWIND $industryCodes AS code
  MATCH (i:Industry {code: code})
  MERGE (x)-[:COVERS]->(i)
}
CALL (x) {
  OPTIONAL MATCH (x)-[old:IS]->(p0:Person) WHERE $personId IS NULL OR p0.id <> $personId
  DELETE old
}
CALL (x) {
  MATCH (p:Person {id: $personId})
  MERGE (x)-[:IS]->(p)
}
