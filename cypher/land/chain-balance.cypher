// Land supply against demand per chain: AVAILABLE plots suiting it against its waiting projects' need,
// and the targets being won for it.
MATCH (i:Industry)
WITH i,
     COLLECT { MATCH (l:LandPlot {status: 'AVAILABLE'})-[:SUITS]->(i) RETURN sum(l.areaMu) }[0] AS availableMu,
     [(p:Project)-[:IN_INDUSTRY]->(i) WHERE p.stage IN $waiting AND NOT EXISTS { (:LandPlot)-[:FOR_PROJECT]->(p) }
       | coalesce(p.landMu, p.amountYi * 10000.0 / $perMuWan)] AS needs
// Targets in 意向 or 洽谈 with no project yet: the ranking's land estimate is made from their revenue.
RETURN i.code AS industryCode, i.name AS industryName, i.investmentPerMuWan AS intensity, availableMu, size(needs) AS waitingProjects,
       reduce(s = 0.0, x IN needs | s + x) AS demandMu,
       COLLECT { MATCH (e:Enterprise)-[:OPERATES_IN]->(:ChainLink)-[:IN_CHAIN]->(i)
                 WHERE e.targetStatus IN $prospectStatuses AND NOT EXISTS { (e)-[:INVESTS_IN]->(:Project) }
                 RETURN DISTINCT {uscc: e.uscc, revenueYi: e.revenueYi} } AS prospects
ORDER BY demandMu - availableMu DESC, industryCode
