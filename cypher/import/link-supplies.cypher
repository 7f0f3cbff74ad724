UNWIND $rows AS row
MATCH (a:ChainLink {code: row.fromLink}), (b:ChainLink {code: row.toLink})
MERGE (a)-[r:SUPPLIES_TO]->(b)
SET r += row.props
