// One approval step's dates and people.
MATCH (n:ApprovalStep {id: $projectId + ':' + $code})-[:OF]->(:Project {id: $projectId})
SET n.startedOn = CASE WHEN $startedOn IS NULL THEN null ELSE date($startedOn) END,
    n.dueOn = CASE WHEN $dueOn IS NULL THEN null ELSE date($dueOn) END,
    n.doneOn = CASE WHEN $doneOn IS NULL THEN null ELSE date($doneOn) END,
    n.agent = $agent, n.owner = $owner
