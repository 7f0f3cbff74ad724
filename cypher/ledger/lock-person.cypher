// Takes the person's write lock for the rest of the transaction (see lock-project.cypher).
MATCH (n:Person {id: $id})
SET n._lock = true
REMOVE n._lock
RETURN n.id AS id
