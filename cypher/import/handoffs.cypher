// A project handed from one office to another (五办联动).
UNWIND $rows AS row
MATCH (p:Project {id: row.projectId})
MERGE (n:Handoff {id: row.id})
SET n += row.props
WITH n, p
OPTIONAL MATCH (n)-[old:OF]->(p0:Project) WHERE p0 <> p
DELETE old
WITH DISTINCT n, p
MERGE (n)-[:OF]->(p)
