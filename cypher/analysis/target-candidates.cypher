// Target enterprises (重点招商对象) with the links they operate in, for ranking: only the fields the
// scores use (the page's enterprises are read in full afterwards, by enterprise/by-usccs).
MATCH (t:Enterprise {isTarget: true})-[r:OPERATES_IN]->(l:ChainLink)-[:IN_CHAIN]->(i:Industry)
WHERE ($industry IS NULL OR i.code = $industry)
  AND ($fortune500Only = false OR t.fortune500 = true)
  AND ($ownerships IS NULL OR t.ownership IN $ownerships)
  AND ($provinceCode IS NULL OR EXISTS { (t)-[:LOCATED_IN]->(c:City) WHERE c.code STARTS WITH $provinceCode })
WITH t, collect({code: l.code, evidence: r.evidence, industryCode: i.code, products: r.products}) AS links
OPTIONAL MATCH (t)-[:LOCATED_IN]->(city:City)
RETURN t {.uscc, .name, .revenueYi, .ownership, .fortune500, .chainLeader, .specialized, .highTech, .expansionPlan, .recentFinancing,
          .targetSince, .expansionPlanOn, .recentFinancingOn} AS target,
       city.name AS cityName, city.code AS cityCode, links,
       // Its projects already in the campaign's pipeline (any stage but withdrawn), largest first. The
       // literal is ProjectStage.WITHDRAWN (src/domain/project-stage.ts), the ladder's one exit that
       // takes a project out of the pipeline; a literal keeps this version-cached read's parameters few.
       [(t)-[:INVESTS_IN]->(p:Project) WHERE p.stage <> 'WITHDRAWN' | p {.*, searchText: null}] AS pipeline
ORDER BY target.uscc
