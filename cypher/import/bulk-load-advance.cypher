// Moves a load's cursor in the transaction of the batch it follows, only from where this loader
// left it: a second loader of the same load moves nothing and its batch is rolled back.
MATCH (b:BulkLoad {id: $id})
WHERE b.status = 'RUNNING' AND b.file = $from.file AND b.pass = $from.pass AND b.next = $from.next
SET b.file = $to.file, b.pass = $to.pass, b.next = $to.next,
    b.rows = b.rows + $rows, b.changes = b.changes + $changes, b.updatedAt = datetime($at)
RETURN count(b) AS moved
