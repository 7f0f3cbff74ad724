// A project's service requests (重点办), the open ones first.
UNWIND $keys AS key
MATCH (r:ServiceRequest)-[:FOR]->(p:Project {id: key})
WITH key, r, p ORDER BY CASE r.status WHEN 'OPEN' THEN 0 ELSE 1 END, r.dueOn, r.id
RETURN key, r {.id, .kind, .description, .office, .owner, .status, .resolution, projectId: p.id, projectName: p.name,
               openedOn: toString(r.openedOn), dueOn: toString(r.dueOn), resolvedOn: toString(r.resolvedOn)} AS item
