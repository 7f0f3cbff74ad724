// Moves a project's version after an assessment write about it.
MATCH (p:Project {id: $id})
SET p.version = $version
