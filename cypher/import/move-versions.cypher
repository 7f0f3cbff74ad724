// Moves the version of every node an import changed, as an API write does: a client holding the old
// version gets CONFLICT. The label comes from a fixed list (AuditLabel), never from a client.
UNWIND $changed AS c
CALL (c) {
  MATCH (n:Project {id: c.key}) WHERE c.label = 'Project' RETURN n
  UNION
  MATCH (n:Enterprise {uscc: c.key}) WHERE c.label = 'Enterprise' RETURN n
  UNION
  MATCH (n:Person {id: c.key}) WHERE c.label = 'Person' RETURN n
  UNION
  MATCH (n:LandPlot {id: c.key}) WHERE c.label = 'LandPlot' RETURN n
  UNION
  MATCH (n:Fund {id: c.key}) WHERE c.label = 'Fund' RETURN n
  UNION
  MATCH (n:Expert {id: c.key}) WHERE c.label = 'Expert' RETURN n
}
SET n.version = coalesce(n.version, 0) + 1
