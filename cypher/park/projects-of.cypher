UNWIND $keys AS key
MATCH (p:Project)-[:LOCATED_IN]->(:Park {id: key})
WITH key, p ORDER BY p.amountYi DESC, p.id
RETURN key, p {.*, searchText: null} AS item
