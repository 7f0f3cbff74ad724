// Deletes a scenario when the caller may (its author, or an admin); answers what was there.
OPTIONAL MATCH (s:Scenario {id: $id})
WITH s, s.createdBy AS createdBy, s IS NOT NULL AND ($admin OR s.createdBy = $actor) AS allowed
CALL (s, allowed) {
  WITH s WHERE allowed
  DETACH DELETE s
}
RETURN createdBy, allowed
