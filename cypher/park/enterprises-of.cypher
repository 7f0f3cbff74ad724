UNWIND $keys AS key
MATCH (e:Enterprise)-[:IN_PARK]->(:Park {id: key})
WITH key, e ORDER BY coalesce(e.revenueYi, 0) DESC, e.uscc
RETURN key, e {.*, searchText: null} AS item
