UNWIND $keys AS key
MATCH (:Person {id: key})-[r:MEMBER_OF]->(a:Association)
WITH key, a, r ORDER BY a.id
RETURN key, {association: a {.*, searchText: null}, role: r.role} AS item
