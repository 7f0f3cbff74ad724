// Every project matching the statistics filter, with the dates it entered each stage; the figures
// are computed in src/modules/pipeline/pipeline.stats.ts.
MATCH (p:Project)
WHERE ($industryCode IS NULL OR EXISTS { (p)-[:IN_INDUSTRY]->(:Industry {code: $industryCode}) })
  AND ($parkId IS NULL OR EXISTS { (p)-[:LOCATED_IN]->(:Park {id: $parkId}) })
  AND ($teamId IS NULL OR EXISTS { (:Team {id: $teamId})-[:RESPONSIBLE_FOR]->(p) })
  AND ($campaign100Days IS NULL OR p.campaign100Days = $campaign100Days)
OPTIONAL MATCH (t:Team)-[:RESPONSIBLE_FOR]->(p)
// One town (its park's) and one investor per project, so a project is one row per team.
WITH p, t, head(COLLECT { MATCH (p)-[:LOCATED_IN]->(:Park)-[:IN_TOWN]->(tw:Town) RETURN tw.code AS code ORDER BY code }) AS townCode,
     head(COLLECT { MATCH (inv:Enterprise)-[:INVESTS_IN]->(p) RETURN inv {.uscc, .name} AS inv ORDER BY inv.uscc }) AS investor
RETURN p.id AS id, p.name AS name, p.amountYi AS amountYi, p.stage AS stage, t.id AS teamId, townCode,
       investor.uscc AS investorUscc, investor.name AS investorName,
       toString(p.plannedOn) AS plannedOn, toString(p.negotiatingOn) AS negotiatingOn, toString(p.signedOn) AS signedOn,
       toString(p.contractedOn) AS contractedOn, toString(p.performingOn) AS performingOn, toString(p.startedOn) AS startedOn,
       toString(p.producingOn) AS producingOn, toString(p.defaultedOn) AS defaultedOn, toString(p.withdrawnOn) AS withdrawnOn,
       COUNT { (:DefaultCase {status: 'OPEN'})-[:OF]->(p) } AS openDefaults,
       COUNT { (:DefaultCase {status: 'RESOLVED'})-[:OF]->(p) } AS resolvedDefaults
ORDER BY id
