// The unfinished batched load of this dataset (same files, same bytes), if one was stopped midway.
MATCH (b:BulkLoad {fingerprint: $fingerprint})
WHERE b.status = 'RUNNING'
WITH b ORDER BY b.startedAt DESC, b.id
LIMIT 1
RETURN b {.id, .file, .pass, .next, .rows, .changes, .actor, startedAt: toString(b.startedAt)} AS load
