// A key project's service request (项目建设服务诉求).
UNWIND $rows AS row
MATCH (p:Project {id: row.projectId})
MERGE (n:ServiceRequest {id: row.id})
SET n += row.props
WITH n, p
OPTIONAL MATCH (n)-[old:FOR]->(p0:Project) WHERE p0 <> p
DELETE old
WITH DISTINCT n, p
MERGE (n)-[:FOR]->(p)
