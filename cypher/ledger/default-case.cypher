MATCH (d:DefaultCase {id: $id})-[:OF]->(p:Project)
RETURN d {.id, .disposal, .description, .status, .stageBefore, .resolution, .by, openedOn: toString(d.openedOn), deadline: toString(d.deadline),
          resolvedOn: toString(d.resolvedOn)} AS defaultCase, p.id AS projectId
