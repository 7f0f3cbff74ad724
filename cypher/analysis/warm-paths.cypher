// Warm paths (以商招商) from Nan'an to each firm in $usccs: who or what already links it to Nan'an.
// Each row is one path as renderable nodes and relationships, plus the facts the reasons cite.
// Strength is computed in src/modules/analysis/ranking.scoring.ts from kind, hops and role.
UNWIND $usccs AS uscc
MATCH (t:Enterprise {uscc: uscc})
CALL (t) {
  // An executive who is 南安籍, with any Nan'an chamber membership. Anchored on the firm's
  // executives: starting from 南安 would expand every native of the city for every firm.
  MATCH (t)<-[x:EXECUTIVE_OF]-(p:Person)
  WHERE EXISTS { (p)-[:NATIVE_OF]->(:City {code: $home}) }
  MATCH (home:City {code: $home})
  OPTIONAL MATCH (p)-[m:MEMBER_OF]->(c:Chamber)
  RETURN CASE WHEN c IS NULL THEN 'NATIVE_EXEC' ELSE 'NATIVE_CHAMBER_EXEC' END AS kind, 2 AS hops,
    [{label: 'Enterprise', key: t.uscc, name: t.name}, {label: 'Person', key: p.id, name: p.name},
     {label: 'City', key: home.code, name: home.name}] +
      CASE WHEN c IS NULL THEN [] ELSE [{label: 'Chamber', key: c.id, name: c.name}] END AS nodes,
    [{type: 'EXECUTIVE_OF', from: p.id, to: t.uscc, detail: x.title}, {type: 'NATIVE_OF', from: p.id, to: home.code, detail: null}] +
      CASE WHEN c IS NULL THEN [] ELSE [{type: 'MEMBER_OF', from: p.id, to: c.id, detail: m.role}] END AS rels,
    {person: p.name, title: x.title, chamber: c.name, role: m.role} AS facts
  UNION ALL
  // An executive who is not 南安籍 but sits in a Nan'an chamber.
  MATCH (t)<-[x:EXECUTIVE_OF]-(p:Person)-[m:MEMBER_OF]->(c:Chamber)
  WHERE NOT EXISTS { (p)-[:NATIVE_OF]->(:City {code: $home}) }
  RETURN 'CHAMBER_EXEC' AS kind, 2 AS hops,
    [{label: 'Enterprise', key: t.uscc, name: t.name}, {label: 'Person', key: p.id, name: p.name}, {label: 'Chamber', key: c.id, name: c.name}] AS nodes,
    [{type: 'EXECUTIVE_OF', from: p.id, to: t.uscc, detail: x.title}, {type: 'MEMBER_OF', from: p.id, to: c.id, detail: m.role}] AS rels,
    {person: p.name, title: x.title, chamber: c.name, role: m.role} AS facts
  UNION ALL
  // Supply relations with local firms, either way.
  // No label or property in the pattern on e: otherwise the planner may scan every local firm
  // (isLocal index) for every target and join, which explodes on large graphs.
  MATCH (t)-[s:SUPPLIES]-(e)
  WHERE e.isLocal = true
  RETURN 'SUPPLIES_LOCAL' AS kind, 1 AS hops,
    [{label: 'Enterprise', key: t.uscc, name: t.name}, {label: 'Enterprise', key: e.uscc, name: e.name}] AS nodes,
    [{type: 'SUPPLIES', from: startNode(s).uscc, to: endNode(s).uscc, detail: toString(s.annualValueYi)}] AS rels,
    {local: e.name, sells: startNode(s) = t, valueYi: s.annualValueYi} AS facts
  UNION ALL
  // A campaign team already follows it.
  MATCH (team:Team)-[f:FOLLOWS]->(t)
  RETURN 'TEAM_FOLLOWS' AS kind, 1 AS hops,
    [{label: 'Enterprise', key: t.uscc, name: t.name}, {label: 'Team', key: team.id, name: team.name}] AS nodes,
    [{type: 'FOLLOWS', from: team.id, to: t.uscc, detail: toString(f.since)}] AS rels,
    {team: team.name} AS facts
  UNION ALL
  // A Nan'an chamber is based in its city.
  MATCH (t)-[:LOCATED_IN]->(city:City)<-[:BASED_IN]-(c:Chamber)
  RETURN 'CHAMBER_IN_CITY' AS kind, 2 AS hops,
    [{label: 'Enterprise', key: t.uscc, name: t.name}, {label: 'City', key: city.code, name: city.name}, {label: 'Chamber', key: c.id, name: c.name}] AS nodes,
    [{type: 'LOCATED_IN', from: t.uscc, to: city.code, detail: null}, {type: 'BASED_IN', from: c.id, to: city.code, detail: null}] AS rels,
    {chamber: c.name, city: city.name} AS facts
}
RETURN uscc, kind, hops, nodes, rels, facts
