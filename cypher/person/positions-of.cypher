UNWIND $keys AS key
MATCH (:Person {id: key})-[r:EXECUTIVE_OF]->(e:Enterprise)
WITH key, e, r ORDER BY e.uscc
RETURN key, {enterprise: e {.*, searchText: null}, title: r.title} AS item
