// Takes the project's write lock for the rest of the transaction (Neo4j's documented idiom: a write
// to the node), so the version read next cannot change before this transaction commits.
MATCH (n:Project {id: $id})
SET n._lock = true
REMOVE n._lock
RETURN n.id AS id
