// A project's approval steps from its template (前期办), none started.
MATCH (p:Project {id: $projectId})
UNWIND $steps AS s
CREATE (n:ApprovalStep {id: $projectId + ':' + s.code, code: s.code, name: s.name, office: s.office, workdays: s.workdays,
                        after: s.after, order: s.order, source: 'USER'})-[:OF]->(p)
