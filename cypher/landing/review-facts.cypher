// What the annual review reads about each project with an agreement: its promises, its dates, its
// land (held plots, else the agreed area), its park and its annual reports.
MATCH (p:Project)
WHERE p.stage <> 'WITHDRAWN'
  AND (p.agreedStartOn IS NOT NULL OR p.agreedProduceOn IS NOT NULL OR p.promisedInvestmentYi IS NOT NULL
       OR p.promisedOutputYi IS NOT NULL OR p.promisedTaxWan IS NOT NULL)
  AND ($ids IS NULL OR p.id IN $ids)
RETURN p.id AS id, p.name AS name, p.stage AS stage,
       [(p)-[:LOCATED_IN]->(k:Park) | k.id][0] AS parkId,
       toString(p.agreedStartOn) AS agreedStartOn, toString(p.agreedProduceOn) AS agreedProduceOn,
       p.promisedInvestmentYi AS promisedInvestmentYi, toString(p.promisedInvestmentByOn) AS promisedInvestmentByOn,
       p.fullOutputYear AS fullOutputYear, p.promisedOutputYi AS promisedOutputYi, p.promisedTaxWan AS promisedTaxWan,
       toString(p.startedOn) AS startedOn, toString(p.producingOn) AS producingOn,
       // Held plots when it has any, else the agreed area.
       coalesce(reduce(s = null, a IN [(l:LandPlot)-[:FOR_PROJECT]->(p) WHERE l.status <> 'RESERVED' | l.areaMu] | coalesce(s, 0.0) + a),
                p.landMu) AS landMu,
       COLLECT { MATCH (r:AnnualReport)-[:OF]->(p) RETURN r {.year, .investedYi, .outputYi, .taxWan, employees: r.employees} ORDER BY r.year } AS reports
ORDER BY p.id
