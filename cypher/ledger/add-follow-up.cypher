// A follow-up record (跟进记录) about a firm, by a team when given.
MATCH (e:Enterprise {uscc: $uscc})
CREATE (u:FollowUp {id: $id, on: date($on), kind: $kind, peopleMet: $peopleMet, notes: $notes, nextStep: $nextStep,
                    nextOn: CASE WHEN $nextOn IS NULL THEN null ELSE date($nextOn) END, by: $by, at: datetime()})-[:ABOUT]->(e)
WITH u
OPTIONAL MATCH (t:Team {id: $teamId})
FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END | CREATE (u)-[:BY_TEAM]->(t))
RETURN u {.*, on: toString(u.on), nextOn: toString(u.nextOn), at: toString(u.at), teamId: $teamId} AS followUp
