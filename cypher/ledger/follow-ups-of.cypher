// Follow-up records about each firm, newest first.
UNWIND $keys AS key
MATCH (u:FollowUp)-[:ABOUT]->(:Enterprise {uscc: key})
OPTIONAL MATCH (u)-[:BY_TEAM]->(t:Team)
WITH key, u, t ORDER BY u.on DESC, u.at DESC
RETURN key, u {.id, .kind, .peopleMet, .notes, .nextStep, .by, on: toString(u.on), nextOn: toString(u.nextOn), at: toString(u.at), teamId: t.id} AS item
