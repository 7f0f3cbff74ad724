// Remembers a write's result under its request id, in the write's own transaction.
CREATE (:__Request {id: $id, operation: $operation, actor: $actor, result: $result, at: datetime()})
