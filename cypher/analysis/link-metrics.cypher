// Raw per-link metrics for chain-gap analysis (statuses and severity are computed in
// src/modules/analysis/gaps.scoring.ts). $industry null = every industry.
MATCH (i:Industry)<-[:IN_CHAIN]-(l:ChainLink)
WHERE $industry IS NULL OR i.code = $industry
CALL (l) {
  OPTIONAL MATCH (e:Enterprise {isLocal: true})-[r:OPERATES_IN]->(l)
  WITH e, r WHERE e IS NOT NULL
  WITH e, r ORDER BY coalesce(e.revenueYi, 0) DESC, e.uscc
  RETURN collect({uscc: e.uscc, name: e.name, revenueYi: e.revenueYi, chainLeader: e.chainLeader, evidence: r.evidence}) AS producers
}
CALL (l) {
  // Local demand: local firms in the links this one supplies, weighted by the flow's strength.
  OPTIONAL MATCH (l)-[f:SUPPLIES_TO]->(:ChainLink)<-[:OPERATES_IN]-(c:Enterprise {isLocal: true})
  RETURN coalesce(sum(f.strength), 0.0) AS demand, count(DISTINCT c) AS demandFirms
}
CALL (l) {
  // What local firms buy of this link's products, and how much of it from local suppliers.
  OPTIONAL MATCH (s:Enterprise)-[p:SUPPLIES {linkCode: l.code}]->(:Enterprise {isLocal: true})
  RETURN coalesce(sum(p.annualValueYi), 0.0) AS purchasedYi,
         coalesce(sum(CASE WHEN s.isLocal THEN p.annualValueYi ELSE 0.0 END), 0.0) AS purchasedLocalYi
}
RETURN i.code AS industryCode, i.name AS industryName, l.code AS code, l.name AS name, l.stage AS stage,
       l.importance AS importance, l.core AS core, l {.*, searchText: null} AS link,
       producers, demand, demandFirms, purchasedYi, purchasedLocalYi,
       [(u:ChainLink)-[:SUPPLIES_TO]->(l) | u.code] AS upstream,
       [(l)-[:SUPPLIES_TO]->(d:ChainLink) | d.code] AS downstream
ORDER BY industryCode, code
