// Audit entries about each node (its history), newest first.
UNWIND $keys AS key
MATCH (a:AuditEntry {entityKey: key})
WITH key, a ORDER BY a.at DESC, a.id
RETURN key, a {.id, .actor, .role, .operation, .requestId, .entityLabel, .entityKey, .fields, .before, .after, at: toString(a.at)} AS item
