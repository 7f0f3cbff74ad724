UNWIND $rows AS row
MATCH (e:Enterprise {uscc: row.uscc}), (l:ChainLink {code: row.linkCode})
MERGE (e)-[r:OPERATES_IN]->(l)
SET r += row.props
