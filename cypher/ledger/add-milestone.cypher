// A 履约 milestone of a project (合同、交地、开工、投产、达产).
MATCH (p:Project {id: $projectId})
CREATE (m:Milestone {id: $id, kind: $kind, on: date($on), note: $note, by: $by, at: datetime()})-[:OF]->(p)
RETURN m {.id, .kind, .note, .by, on: toString(m.on), at: toString(m.at)} AS milestone
