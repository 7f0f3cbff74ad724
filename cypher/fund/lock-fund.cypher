// Takes the fund's write lock for the rest of the transaction, so two commitments cannot both see the
// same amount left.
MATCH (f:Fund {id: $id})
SET f._lock = true
REMOVE f._lock
RETURN f.id AS id
