UNWIND $keys AS key
MATCH (e:Enterprise)-[:LOCATED_IN]->(:City {code: key})
WITH key, e ORDER BY coalesce(e.revenueYi, 0) DESC, e.uscc
RETURN key, e {.*, searchText: null} AS item
