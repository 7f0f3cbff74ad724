// Every node and relationship with its properties, keyed by content (not by internal ids), so two
// graphs with the same data compare equal. Used by tests to prove an import changed nothing. The
// record of changes is not content: audit entries (and their ABOUT links), import jobs, batched
// loads and the versions that writes and imports move are left out, so the same data loaded twice
// compares equal.
MATCH (n) WHERE NOT n:__Migration AND NOT n:__GraphVersion AND NOT n:AuditEntry AND NOT n:ImportJob AND NOT n:BulkLoad
RETURN 'node' AS kind, labels(n) AS ident, n {.*, version: null} AS props
UNION ALL
MATCH (a)-[r]->(b) WHERE NOT a:__Migration AND NOT a:AuditEntry
RETURN 'rel' AS kind, [type(r), coalesce(a.uscc, a.code, a.id), coalesce(b.uscc, b.code, b.id)] AS ident, properties(r) AS props
