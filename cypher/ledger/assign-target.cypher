// A team follows a firm (跟踪对接), with an owner and a due date; a second assignment updates them.
MATCH (e:Enterprise {uscc: $uscc}), (t:Team {id: $teamId})
MERGE (t)-[f:FOLLOWS]->(e)
ON CREATE SET f.since = date($on)
SET f.owner = $owner, f.dueOn = CASE WHEN $dueOn IS NULL THEN null ELSE date($dueOn) END
RETURN t.id AS teamId
