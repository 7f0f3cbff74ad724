// Each park with its enterprises, planned slots, idle land and the land and figures of its projects
// that reported for the year (亩均论英雄).
MATCH (park:Park)
RETURN park.id AS parkId, park.name AS parkName, park.plannedSlots AS plannedSlots, park.availableLandMu AS availableMu,
       COUNT { (:Enterprise)-[:IN_PARK]->(park) } AS enterpriseCount,
       reduce(s = 0.0, a IN [(l:LandPlot)-[:IN_PARK]->(park) WHERE l.status IN ['IDLE', 'REVITALIZING'] | l.areaMu - coalesce(l.revitalizedMu, 0)]
              | s + a) AS idleMu,
       COLLECT { MATCH (p:Project)-[:LOCATED_IN]->(park) MATCH (r:AnnualReport {year: $year})-[:OF]->(p)
                 RETURN {projectId: p.id, taxWan: r.taxWan, outputYi: r.outputYi, investedYi: r.investedYi,
                         landMu: coalesce(reduce(s = null, a IN [(l:LandPlot)-[:FOR_PROJECT]->(p) WHERE l.status <> 'RESERVED' | l.areaMu] | coalesce(s, 0.0) + a), p.landMu)} } AS reports
ORDER BY parkId
