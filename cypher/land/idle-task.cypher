// The idle-land task (“3年1.5万亩”): idle land in the pool not yet revitalized, and what has been
// revitalized (recorded by writes or carried on plots by imports).
MATCH (l:LandPlot)
WITH sum(CASE WHEN l.status IN ['IDLE', 'REVITALIZING'] THEN l.areaMu - coalesce(l.revitalizedMu, 0) ELSE 0 END) AS idleMu,
     sum(CASE WHEN l.status = 'IDLE' THEN 1 ELSE 0 END) AS idlePlots,
     sum(CASE WHEN l.status = 'REVITALIZING' THEN 1 ELSE 0 END) AS revitalizingPlots,
     sum(coalesce(l.revitalizedMu, 0)) AS revitalizedMu
RETURN idleMu, idlePlots, revitalizingPlots, revitalizedMu
