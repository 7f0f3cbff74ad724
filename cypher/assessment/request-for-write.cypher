// One review request, locked, as submitReview reads it; no row when the expert was not asked.
MATCH (q:ReviewRequest {id: $id})
SET q._lock = true
REMOVE q._lock
RETURN q {.id, .status, conflicts: coalesce(q.conflicts, []), dueOn: toString(q.dueOn)} AS request
