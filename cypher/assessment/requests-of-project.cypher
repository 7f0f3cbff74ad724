// The review requests of projects (专家评审), oldest first, with the expert and the review once submitted.
UNWIND $keys AS key
MATCH (q:ReviewRequest)-[:OF]->(:Project {id: key})
MATCH (q)-[:TO]->(x:Expert)
WITH key, q, x ORDER BY q.requestedOn, x.id
RETURN key, q {.id, .status, .requestedBy, .opinion, .recommendation, conflicts: coalesce(q.conflicts, []),
               scores: coalesce(q.scores, []), requestedOn: toString(q.requestedOn), dueOn: toString(q.dueOn),
               submittedOn: toString(q.submittedOn), expertId: x.id, expertName: x.name, projectId: key} AS item
