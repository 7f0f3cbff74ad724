UNWIND $keys AS key
MATCH (:Project {id: key})-[:FILLS]->(l:ChainLink)
WITH key, l ORDER BY l.code
RETURN key, l {.*, searchText: null} AS item
