// A target's campaign state as an audit entry compares it: status, and who follows it.
MATCH (e:Enterprise {uscc: $uscc})
RETURN e.uscc AS uscc, coalesce(e.version, 0) AS version, e.targetStatus AS targetStatus, e.targetStatusReason AS targetStatusReason,
       COLLECT { MATCH (t:Team)-[f:FOLLOWS]->(e) RETURN t.id + ':' + coalesce(f.owner, '') + ':' + coalesce(toString(f.dueOn), '') AS x ORDER BY x } AS followers
