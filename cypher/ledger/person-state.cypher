MATCH (p:Person {id: $id})
RETURN p {.*, searchText: null} AS node, [(p)-[:NATIVE_OF]->(c:City) | c.code][0] AS nativeCityCode
