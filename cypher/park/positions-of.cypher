UNWIND $keys AS key
MATCH (:Park {id: key})-[:POSITIONED_FOR]->(x)
WITH key, x ORDER BY x.code
RETURN key, {industry: CASE WHEN x:Industry THEN x {.*, searchText: null} END, link: CASE WHEN x:ChainLink THEN x {.*, searchText: null} END} AS item
