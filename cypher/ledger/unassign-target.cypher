MATCH (t:Team {id: $teamId})-[f:FOLLOWS]->(e:Enterprise {uscc: $uscc})
DELETE f
RETURN t.id AS teamId
