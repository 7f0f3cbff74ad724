UNWIND $keys AS key
MATCH (d:DefaultCase)-[:OF]->(:Project {id: key})
WITH key, d ORDER BY d.openedOn DESC, d.id
RETURN key, d {.id, .disposal, .description, .status, .stageBefore, .resolution, .by, openedOn: toString(d.openedOn), deadline: toString(d.deadline),
               resolvedOn: toString(d.resolvedOn)} AS item
