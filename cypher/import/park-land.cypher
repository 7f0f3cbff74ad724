// One truth for a park's available land: the sum of its AVAILABLE plots, once it has plots.
UNWIND $rows AS row
MATCH (p:Park {id: row.parkId})
WITH DISTINCT p
SET p.availableLandMu = COLLECT { MATCH (l:LandPlot {status: 'AVAILABLE'})-[:IN_PARK]->(p) RETURN sum(l.areaMu) }[0]
