// Every node and relationship with its properties, keyed by content (not by internal ids), so two
// graphs with the same data compare equal. Used by tests to prove an import changed nothing.
MATCH (n) WHERE NOT n:__Migration AND NOT n:__GraphVersion
RETURN 'node' AS kind, labels(n) AS ident, properties(n) AS props
UNION ALL
MATCH (a)-[r]->(b) WHERE NOT a:__Migration
RETURN 'rel' AS kind, [type(r), coalesce(a.uscc, a.code, a.id), coalesce(b.uscc, b.code, b.id)] AS ident, properties(r) AS props
