// The audit trail (admins), newest first; keyset paging over (at, id).
MATCH (a:AuditEntry)
WHERE ($entityKey IS NULL OR a.entityKey = $entityKey)
  AND ($actor IS NULL OR a.actor = $actor)
  AND ($operation IS NULL OR a.operation = $operation)
  AND ($from IS NULL OR a.at >= datetime($from))
  AND ($to IS NULL OR a.at < datetime($to))
  AND ($afterAt IS NULL OR a.at < datetime($afterAt) OR (a.at = datetime($afterAt) AND a.id > $afterId))
WITH a ORDER BY a.at DESC, a.id
LIMIT toInteger($limit)
RETURN a {.id, .actor, .role, .operation, .requestId, .entityLabel, .entityKey, .fields, .before, .after, at: toString(a.at)} AS entry
