MATCH (r:ServiceRequest {id: $id})-[:FOR]->(p:Project)
RETURN r {.id, .kind, .description, .office, .owner, .status, .resolution, projectId: p.id, projectName: p.name,
          openedOn: toString(r.openedOn), dueOn: toString(r.dueOn), resolvedOn: toString(r.resolvedOn)} AS request
