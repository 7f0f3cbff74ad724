UNWIND $rows AS row
MERGE (n:ChainLink {code: row.code})
SET n += row.props
WITH n, row
OPTIONAL MATCH (n)-[old:IN_CHAIN]->(i0:Industry) WHERE i0.code <> row.industryCode
DELETE old
WITH DISTINCT n, row
MATCH (i:Industry {code: row.industryCode})
MERGE (n)-[:IN_CHAIN]->(i)
