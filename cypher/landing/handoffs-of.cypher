UNWIND $keys AS key
MATCH (h:Handoff)-[:OF]->(p:Project {id: key})
WITH key, h, p ORDER BY h.on DESC, h.id DESC
RETURN key, h {.id, .fromOffice, .toOffice, .note, .by, projectId: p.id, projectName: p.name,
               on: toString(h.on), dueOn: toString(h.dueOn)} AS item
