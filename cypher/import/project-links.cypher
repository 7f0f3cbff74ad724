UNWIND $rows AS row
MATCH (p:Project {id: row.projectId}), (l:ChainLink {code: row.linkCode})
MERGE (p)-[:FILLS]->(l)
