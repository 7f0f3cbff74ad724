UNWIND $keys AS key
MATCH (:Town {code: key})-[:IN_CITY]->(c:City)
RETURN key, c {.*} AS item
