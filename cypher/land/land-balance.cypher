// Land supply against demand per park: AVAILABLE plots against the land that projects located there
// and not yet holding a plot will need (their agreed land, else their amount over the default intensity).
MATCH (park:Park)
WITH park,
     COLLECT { MATCH (l:LandPlot {status: 'AVAILABLE'})-[:IN_PARK]->(park) RETURN sum(l.areaMu) }[0] AS plotsMu,
     COLLECT { MATCH (l:LandPlot)-[:IN_PARK]->(park) WHERE l.status IN ['IDLE', 'REVITALIZING'] RETURN sum(l.areaMu - coalesce(l.revitalizedMu, 0)) }[0] AS idleMu,
     [(p:Project)-[:LOCATED_IN]->(park) WHERE p.stage IN $waiting AND NOT EXISTS { (:LandPlot)-[:FOR_PROJECT]->(p) }
       | coalesce(p.landMu, p.amountYi * 10000.0 / $perMuWan)] AS needs
RETURN park.id AS parkId, park.name AS parkName, park.availableLandMu AS availableMu, idleMu,
       EXISTS { (:LandPlot)-[:IN_PARK]->(park) } AS fromPlots, size(needs) AS waitingProjects,
       reduce(s = 0.0, x IN needs | s + x) AS demandMu
ORDER BY demandMu - availableMu DESC, parkId
