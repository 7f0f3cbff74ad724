// Conflicts of interest (利益冲突) between experts and an investor, from the graph: the expert is an
// executive of the investor; or of a firm that trades with it (SUPPLIES, either way); or an officer of a
// chamber or association one of its executives belongs to; or works for it (same organisation name).
UNWIND $expertIds AS xid
MATCH (x:Expert {id: xid})
OPTIONAL MATCH (x)-[:IS]->(me:Person)
RETURN x.id AS expertId,
       COLLECT { MATCH (me)-[t:EXECUTIVE_OF]->(e:Enterprise {uscc: $uscc})
                 RETURN {kind: 'EXECUTIVE', firm: e.name, title: t.title, via: null} } +
       COLLECT { MATCH (me)-[t:EXECUTIVE_OF]->(f:Enterprise)-[:SUPPLIES]-(e:Enterprise {uscc: $uscc}) WHERE f <> e
                 WITH DISTINCT f, t RETURN {kind: 'TRADE', firm: f.name, title: t.title, via: null} } +
       COLLECT { MATCH (me)-[m:MEMBER_OF]->(c)<-[:MEMBER_OF]-(ex:Person)-[:EXECUTIVE_OF]->(e:Enterprise {uscc: $uscc})
                 WHERE (c:Chamber OR c:Association) AND m.role IN $officerRoles AND ex <> me
                 WITH DISTINCT c, m, ex RETURN {kind: 'CHAMBER', firm: c.name, title: m.role, via: ex.name} } +
       [w IN [x.organisation] WHERE $investorName IS NOT NULL AND w = $investorName | {kind: 'ORGANISATION', firm: w, title: null, via: null}]
       AS conflicts
