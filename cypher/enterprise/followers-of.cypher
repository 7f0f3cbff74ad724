UNWIND $keys AS key
MATCH (t:Team)-[r:FOLLOWS]->(:Enterprise {uscc: key})
WITH key, t, r ORDER BY t.id
RETURN key, {team: t {.*}, since: r.since, owner: r.owner, dueOn: r.dueOn} AS item
