// What the three-colour rules read about each watched project (not withdrawn): its dates, its open
// approval steps and service requests with their offices, its promised production, its fund money.
MATCH (p:Project)
WHERE p.stage <> 'WITHDRAWN' AND ($ids IS NULL OR p.id IN $ids)
RETURN p.id AS id, p.name AS name, p.stage AS stage, p.leadOffice AS leadOffice,
       toString(p.signedOn) AS signedOn, toString(p.agreedStartOn) AS agreedStartOn, toString(p.defaultedOn) AS defaultedOn,
       toString(p.agreedProduceOn) AS agreedProduceOn, toString(p.producingOn) AS producingOn,
       [(t:Team)-[:RESPONSIBLE_FOR]->(p) | t.id][0] AS teamId,
       [(p)-[:LOCATED_IN]->(k:Park) | k.id][0] AS parkId,
       COLLECT { MATCH (s:ApprovalStep)-[:OF]->(p) WHERE s.doneOn IS NULL AND s.dueOn IS NOT NULL
                 RETURN {name: s.name, office: s.office, dueOn: toString(s.dueOn)} } AS steps,
       COLLECT { MATCH (r:ServiceRequest {status: 'OPEN'})-[:FOR]->(p)
                 RETURN {name: r.description, office: r.office, dueOn: toString(r.dueOn)} } AS services,
       COLLECT { MATCH (c:FundCommitment)-[:TO]->(p) MATCH (c)-[:FROM]->(f:Fund)
                 RETURN {fund: f.name, committedOn: toString(c.committedOn), committedYi: c.amountYi, investedYi: coalesce(c.investedYi, 0.0)} } AS funds,
       COLLECT { MATCH (l:LandPlot)-[:FOR_PROJECT]->(p) RETURN l.id ORDER BY l.id } AS plotIds
ORDER BY p.id
