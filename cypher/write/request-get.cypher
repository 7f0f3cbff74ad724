// A write already done under this client-supplied request id (idempotent retries), with the digest
// of the input it was done for (a replay must send the same input; older records have none).
MATCH (r:__Request {id: $id})
RETURN r.operation AS operation, r.actor AS actor, coalesce(r.digest, '') AS digest, r.result AS result
