// The newest import jobs first.
MATCH (j:ImportJob)
WITH j ORDER BY j.createdAt DESC, j.id
LIMIT toInteger($limit)
RETURN j {.*} AS job
