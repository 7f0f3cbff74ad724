UNWIND $keys AS key
MATCH (c:Team)-[:PART_OF]->(:Team {id: key})
WITH key, c ORDER BY c.id
RETURN key, c {.*} AS item
