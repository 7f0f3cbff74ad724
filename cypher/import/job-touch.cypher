// The heartbeat of the jobs an instance holds: a job whose instance stops is seen as interrupted.
MATCH (j:ImportJob)
WHERE j.id IN $ids AND j.status IN ['QUEUED', 'RUNNING']
SET j.updatedAt = $at
RETURN count(j) AS touched
