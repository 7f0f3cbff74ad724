UNWIND $keys AS key
MATCH (:Person {id: key})-[:NATIVE_OF]->(c:City)
RETURN key, c {.*} AS item
