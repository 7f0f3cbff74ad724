// What an assessment reads about projects: the proposal (项目申报要素) and, where it is silent, the
// agreement's terms; the chain, links, investor and park; its approval plan and the zoning of its plots;
// and the project itself, as the API shows it.
UNWIND $ids AS id
MATCH (p:Project {id: id})
RETURN p {.*, searchText: null} AS node, p.id AS id, p.name AS name, p.amountYi AS amountYi, p.stage AS stage, coalesce(p.version, 0) AS version,
       toString(p.plannedOn) AS plannedOn, toString(p.negotiatingOn) AS negotiatingOn, toString(p.signedOn) AS signedOn,
       toString(p.startedOn) AS startedOn, toString(p.defaultedOn) AS defaultedOn, toString(p.withdrawnOn) AS withdrawnOn,
       toString(p.agreedStartOn) AS agreedStartOn,
       [(p)-[:IN_INDUSTRY]->(i:Industry) | i.code][0] AS industryCode,
       [(x:Enterprise)-[:INVESTS_IN]->(p) | x.uscc][0] AS investorUscc,
       [(p)-[:LOCATED_IN]->(k:Park) | k.id][0] AS parkId,
       COLLECT { MATCH (p)-[:FILLS]->(l:ChainLink) RETURN l.code ORDER BY l.code } AS linkCodes,
       p.proposedLandMu AS proposedLandMu, p.proposedFactorySqm AS proposedFactorySqm, p.proposedOutputYi AS proposedOutputYi,
       p.proposedTaxWan AS proposedTaxWan, p.yearsToFullOutput AS yearsToFullOutput, p.fundingSecuredShare AS fundingSecuredShare,
       coalesce(p.fundingSources, []) AS fundingSources, coalesce(p.products, []) AS products, p.siteZoning AS siteZoning,
       p.landMu AS agreedLandMu, p.promisedOutputYi AS promisedOutputYi, p.promisedTaxWan AS promisedTaxWan,
       p.promisedInvestmentYi AS promisedInvestmentYi, p.fullOutputYear AS fullOutputYear,
       COUNT { MATCH (s:ApprovalStep)-[:OF]->(p) } AS steps,
       COUNT { MATCH (s:ApprovalStep)-[:OF]->(p) WHERE s.doneOn IS NOT NULL } AS stepsDone,
       COLLECT { MATCH (l:LandPlot)-[:FOR_PROJECT]->(p) WHERE l.zoning IS NOT NULL RETURN l.zoning ORDER BY l.id } AS plotZonings
