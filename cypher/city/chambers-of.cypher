UNWIND $keys AS key
MATCH (ch:Chamber)-[:BASED_IN]->(:City {code: key})
WITH key, ch ORDER BY ch.id
RETURN key, ch {.*, searchText: null} AS item
