UNWIND $keys AS key
MATCH (t:Town)-[:IN_CITY]->(:City {code: key})
WITH key, t ORDER BY t.code
RETURN key, t {.*} AS item
