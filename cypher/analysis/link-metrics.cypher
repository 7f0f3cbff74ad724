// Raw per-link metrics of every chain for chain-gap analysis (statuses and severity are computed in
// src/modules/analysis/gaps.scoring.ts; the result is cached per graph version).
MATCH (i:Industry)<-[:IN_CHAIN]-(l:ChainLink)
CALL (l) {
  // Expanded from the link, filtered after: a label or property on e would let the planner start
  // from the isLocal index and join, which explodes on large graphs.
  MATCH (l)<-[r:OPERATES_IN]-(e)
  WHERE e.isLocal = true
  WITH e, r ORDER BY coalesce(e.revenueYi, 0) DESC, e.uscc
  RETURN collect({uscc: e.uscc, name: e.name, revenueYi: e.revenueYi, chainLeader: e.chainLeader, evidence: r.evidence}) AS producers
}
CALL (l) {
  // Local demand: local firms in the links this one supplies, weighted by the flow's strength.
  OPTIONAL MATCH (l)-[f:SUPPLIES_TO]->(:ChainLink)<-[:OPERATES_IN]-(c)
  WHERE c.isLocal = true
  RETURN round(coalesce(sum(f.strength), 0.0), 4) AS demand, count(DISTINCT c) AS demandFirms
}
CALL (l) {
  // What local firms buy of this link's products, and how much of it from local suppliers.
  OPTIONAL MATCH (s)-[p:SUPPLIES {linkCode: l.code}]->(c)
  WHERE c.isLocal = true
  // Rounded where summed: decimals must not come out as 29.299999999999997.
  RETURN round(coalesce(sum(p.annualValueYi), 0.0), 4) AS purchasedYi,
         round(coalesce(sum(CASE WHEN s.isLocal THEN p.annualValueYi ELSE 0.0 END), 0.0), 4) AS purchasedLocalYi
}
CALL (l) {
  // The campaign's own pipeline: projects that fill this link, at any stage (the scoring decides what counts).
  MATCH (p:Project)-[:FILLS]->(l)
  OPTIONAL MATCH (inv:Enterprise)-[:INVESTS_IN]->(p)
  WITH p, inv ORDER BY p.amountYi DESC, p.id
  RETURN collect(p {.*, searchText: null, investorUscc: inv.uscc, investorName: inv.name}) AS projects
}
RETURN i.code AS industryCode, i.name AS industryName, l.code AS code, l.name AS name, l.stage AS stage,
       l.importance AS importance, l.core AS core, l {.*, searchText: null} AS link,
       producers, demand, demandFirms, purchasedYi, purchasedLocalYi, projects,
       [(u:ChainLink)-[:SUPPLIES_TO]->(l) | u.code] AS upstream,
       [(l)-[:SUPPLIES_TO]->(d:ChainLink) | d.code] AS downstream
ORDER BY industryCode, code
