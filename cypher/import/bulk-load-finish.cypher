// A load whose every batch is in: it will not be resumed again.
MATCH (b:BulkLoad {id: $id})
SET b.status = 'DONE', b.finishedAt = datetime($at), b.updatedAt = datetime($at)
RETURN b.rows AS rows, b.changes AS changes
