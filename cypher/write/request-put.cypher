// Remembers a write's result under its request id, with its input's digest, in the write's own transaction.
CREATE (:__Request {id: $id, operation: $operation, actor: $actor, digest: $digest, result: $result, at: datetime()})
