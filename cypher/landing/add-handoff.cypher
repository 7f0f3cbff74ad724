// A project handed from one office to another (五办联动交接).
MATCH (p:Project {id: $projectId})
CREATE (h:Handoff {id: $id, fromOffice: $fromOffice, toOffice: $toOffice, on: date($on), dueOn: date($dueOn), note: $note,
                   stage: p.stage, by: $by, source: 'USER'})-[:OF]->(p)
