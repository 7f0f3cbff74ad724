// A job's state moves (status, phase, progress, outcome); updatedAt is its heartbeat.
MATCH (j:ImportJob {id: $id})
SET j += $props, j.updatedAt = $at
RETURN j {.*} AS job
