UNWIND $rows AS row
MERGE (n:Town {code: row.code})
SET n += row.props
WITH n, row
OPTIONAL MATCH (n)-[old:IN_CITY]->(c0:City) WHERE c0.code <> row.cityCode
DELETE old
WITH DISTINCT n, row
MATCH (c:City {code: row.cityCode})
MERGE (n)-[:IN_CITY]->(c)
