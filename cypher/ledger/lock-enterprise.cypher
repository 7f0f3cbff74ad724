// Takes the enterprise's write lock for the rest of the transaction (see lock-project.cypher).
MATCH (n:Enterprise {uscc: $uscc})
SET n._lock = true
REMOVE n._lock
RETURN n.uscc AS uscc
