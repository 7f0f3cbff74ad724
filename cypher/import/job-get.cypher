MATCH (j:ImportJob {id: $id})
RETURN j {.*} AS job
