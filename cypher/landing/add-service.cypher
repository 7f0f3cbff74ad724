// A service request of a key project (项目建设服务诉求).
MATCH (p:Project {id: $projectId})
CREATE (r:ServiceRequest {id: $id, kind: $kind, description: $description, office: $office, owner: $owner, status: 'OPEN',
                          openedOn: date($on), dueOn: date($dueOn), by: $by, source: 'USER'})-[:FOR]->(p)
