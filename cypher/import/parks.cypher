UNWIND $rows AS row
MERGE (n:Park {id: row.id})
SET n += row.props, n.townCode = row.townCode
WITH n, row
OPTIONAL MATCH (n)-[old:IN_TOWN]->(t0:Town) WHERE t0.code <> row.townCode
DELETE old
WITH DISTINCT n, row
MATCH (t:Town {code: row.townCode})
MERGE (n)-[:IN_TOWN]->(t)
