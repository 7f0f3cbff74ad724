UNWIND $keys AS key
MATCH (:Team {id: key})-[:RESPONSIBLE_FOR]->(p:Project)
WITH key, p ORDER BY p.amountYi DESC, p.id
RETURN key, p {.*, searchText: null} AS item
