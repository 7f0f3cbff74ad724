// A new batched load, its cursor at the first row of the first file.
CREATE (b:BulkLoad {
  id: $id, fingerprint: $fingerprint, source: $source, actor: $actor, status: 'RUNNING',
  file: $file, pass: $pass, next: 0, rows: 0, changes: 0,
  startedAt: datetime($at), updatedAt: datetime($at)
})
RETURN b {.id, .file, .pass, .next, .rows, .changes, .actor, startedAt: toString(b.startedAt)} AS load
