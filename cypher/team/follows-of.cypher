UNWIND $keys AS key
MATCH (:Team {id: key})-[r:FOLLOWS]->(e:Enterprise)
WITH key, e, r ORDER BY coalesce(e.revenueYi, 0) DESC, e.uscc
RETURN key, e {.*, searchText: null} AS item
