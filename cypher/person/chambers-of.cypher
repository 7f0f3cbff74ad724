UNWIND $keys AS key
MATCH (:Person {id: key})-[r:MEMBER_OF]->(c:Chamber)
WITH key, c, r ORDER BY c.id
RETURN key, {chamber: c {.*, searchText: null}, role: r.role} AS item
