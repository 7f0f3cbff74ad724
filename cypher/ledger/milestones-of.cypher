UNWIND $keys AS key
MATCH (m:Milestone)-[:OF]->(:Project {id: key})
WITH key, m ORDER BY m.on, m.at
RETURN key, m {.id, .kind, .note, .by, on: toString(m.on), at: toString(m.at)} AS item
