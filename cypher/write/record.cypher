// Audit entries of one write, in its transaction, each linked to the node it is about. The label
// is one of a fixed list the code declares (AuditLabel), never a client's text.
UNWIND $entries AS e
CREATE (a:AuditEntry {id: e.id, at: datetime($at), actor: $actor, role: $role, operation: $operation, requestId: $requestId,
                      entityLabel: e.label, entityKey: e.key, fields: e.fields, before: e.before, after: e.after})
WITH a
CALL (a) {
  MATCH (n:Project {id: a.entityKey}) WHERE a.entityLabel = 'Project' RETURN n
  UNION
  MATCH (n:Enterprise {uscc: a.entityKey}) WHERE a.entityLabel = 'Enterprise' RETURN n
  UNION
  MATCH (n:Person {id: a.entityKey}) WHERE a.entityLabel = 'Person' RETURN n
  UNION
  MATCH (n:LandPlot {id: a.entityKey}) WHERE a.entityLabel = 'LandPlot' RETURN n
  UNION
  MATCH (n:Fund {id: a.entityKey}) WHERE a.entityLabel = 'Fund' RETURN n
  UNION
  MATCH (n:Expert {id: a.entityKey}) WHERE a.entityLabel = 'Expert' RETURN n
}
CREATE (a)-[:ABOUT]->(n)
