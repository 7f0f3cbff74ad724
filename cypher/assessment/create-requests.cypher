// Sends a project to experts for review (专家评审), one request per expert, with the conflicts found.
MATCH (p:Project {id: $projectId})
UNWIND $requests AS r
MATCH (x:Expert {id: r.expertId})
CREATE (q:ReviewRequest {id: $projectId + ':' + r.expertId, status: 'PENDING', requestedOn: date($on), dueOn: date($dueOn),
                         requestedBy: $by, conflicts: r.conflicts})
CREATE (q)-[:OF]->(p)
CREATE (q)-[:TO]->(x)
