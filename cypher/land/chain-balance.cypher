// Land supply against demand per chain: AVAILABLE plots suiting it against its waiting projects' need.
MATCH (i:Industry)
WITH i,
     COLLECT { MATCH (l:LandPlot {status: 'AVAILABLE'})-[:SUITS]->(i) RETURN sum(l.areaMu) }[0] AS availableMu,
     [(p:Project)-[:IN_INDUSTRY]->(i) WHERE p.stage IN $waiting AND NOT EXISTS { (:LandPlot)-[:FOR_PROJECT]->(p) }
       | coalesce(p.landMu, p.amountYi * 10000.0 / $perMuWan)] AS needs
RETURN i.code AS industryCode, i.name AS industryName, availableMu, size(needs) AS waitingProjects,
       reduce(s = 0.0, x IN needs | s + x) AS demandMu
ORDER BY demandMu - availableMu DESC, industryCode
