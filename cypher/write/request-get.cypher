// A write already done under this client-supplied request id (idempotent retries).
MATCH (r:__Request {id: $id})
RETURN r.operation AS operation, r.actor AS actor, r.result AS result
