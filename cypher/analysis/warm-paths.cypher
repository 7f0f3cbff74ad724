// Warm paths (以商招商) from Nan'an to each firm in $usccs: who or what already links it to Nan'an,
// and who can make the introduction (引荐人). Each row is one path, a chain of relationships from
// the firm to a Nan'an anchor (the city, a Nan'an chamber, a local firm or a campaign team), as
// renderable nodes and relationships, plus the facts the reasons cite. Its hops are its
// relationships; strength is computed in src/modules/analysis/ranking.scoring.ts.
UNWIND $usccs AS uscc
MATCH (t:Enterprise {uscc: uscc})
CALL (t) {
  // An executive who is 南安籍: to the Nan'an chamber they sit in, or else to Nan'an itself.
  // Anchored on the firm's executives: starting from 南安 would expand every native of the city.
  MATCH (t)<-[x:EXECUTIVE_OF]-(p:Person)
  WHERE EXISTS { (p)-[:NATIVE_OF]->(:City {code: $home}) }
  MATCH (home:City {code: $home})
  OPTIONAL MATCH (p)-[m:MEMBER_OF]->(c:Chamber)
  RETURN CASE WHEN c IS NULL THEN 'NATIVE_EXEC' ELSE 'NATIVE_CHAMBER_EXEC' END AS kind,
    [{label: 'Enterprise', key: t.uscc, name: t.name}, {label: 'Person', key: p.id, name: p.name}] +
      CASE WHEN c IS NULL THEN [{label: 'City', key: home.code, name: home.name}] ELSE [{label: 'Chamber', key: c.id, name: c.name}] END AS nodes,
    [{type: 'EXECUTIVE_OF', from: p.id, to: t.uscc, detail: x.title}] +
      CASE WHEN c IS NULL THEN [{type: 'NATIVE_OF', from: p.id, to: home.code, detail: null}] ELSE [{type: 'MEMBER_OF', from: p.id, to: c.id, detail: m.role}] END AS rels,
    {person: p.name, title: x.title, chamber: c.name, role: m.role} AS facts
  UNION ALL
  // An executive who is not 南安籍 but sits in a Nan'an chamber.
  MATCH (t)<-[x:EXECUTIVE_OF]-(p:Person)-[m:MEMBER_OF]->(c:Chamber)
  WHERE NOT EXISTS { (p)-[:NATIVE_OF]->(:City {code: $home}) }
  RETURN 'CHAMBER_EXEC' AS kind,
    [{label: 'Enterprise', key: t.uscc, name: t.name}, {label: 'Person', key: p.id, name: p.name}, {label: 'Chamber', key: c.id, name: c.name}] AS nodes,
    [{type: 'EXECUTIVE_OF', from: p.id, to: t.uscc, detail: x.title}, {type: 'MEMBER_OF', from: p.id, to: c.id, detail: m.role}] AS rels,
    {person: p.name, title: x.title, chamber: c.name, role: m.role} AS facts
  UNION ALL
  // 引荐人 in the chamber: an officer of that chamber who runs a local firm.
  MATCH (t)<-[x:EXECUTIVE_OF]-(p:Person)-[m:MEMBER_OF]->(c:Chamber)<-[m2:MEMBER_OF]-(q:Person)-[y:EXECUTIVE_OF]->(e)
  WHERE q <> p AND m2.role IN ['PRESIDENT', 'EXECUTIVE_VICE_PRESIDENT', 'VICE_PRESIDENT', 'SECRETARY_GENERAL'] AND e.isLocal = true
  RETURN 'CHAMBER_OFFICER' AS kind,
    [{label: 'Enterprise', key: t.uscc, name: t.name}, {label: 'Person', key: p.id, name: p.name}, {label: 'Chamber', key: c.id, name: c.name},
     {label: 'Person', key: q.id, name: q.name}, {label: 'Enterprise', key: e.uscc, name: e.name}] AS nodes,
    [{type: 'EXECUTIVE_OF', from: p.id, to: t.uscc, detail: x.title}, {type: 'MEMBER_OF', from: p.id, to: c.id, detail: m.role},
     {type: 'MEMBER_OF', from: q.id, to: c.id, detail: m2.role}, {type: 'EXECUTIVE_OF', from: q.id, to: e.uscc, detail: y.title}] AS rels,
    {person: p.name, title: x.title, chamber: c.name, role: m.role, introducer: q.name, introducerRole: m2.role, introducerTitle: y.title, local: e.name} AS facts
  UNION ALL
  // Supply relations with local firms, either way.
  // No label or property in the pattern on e: otherwise the planner may scan every local firm
  // (isLocal index) for every target and join, which explodes on large graphs.
  MATCH (t)-[s:SUPPLIES]-(e)
  WHERE e.isLocal = true
  RETURN 'SUPPLIES_LOCAL' AS kind,
    [{label: 'Enterprise', key: t.uscc, name: t.name}, {label: 'Enterprise', key: e.uscc, name: e.name}] AS nodes,
    [{type: 'SUPPLIES', from: startNode(s).uscc, to: endNode(s).uscc, detail: toString(s.annualValueYi)}] AS rels,
    {local: e.name, sells: startNode(s) = t, valueYi: s.annualValueYi} AS facts
  UNION ALL
  // 引荐人 in the trade: the chairman of the local firm it trades with.
  MATCH (t)-[s:SUPPLIES]-(e)<-[y:EXECUTIVE_OF]-(q:Person)
  WHERE e.isLocal = true AND y.title = '董事长'
  RETURN 'PARTNER_CHAIR' AS kind,
    [{label: 'Enterprise', key: t.uscc, name: t.name}, {label: 'Enterprise', key: e.uscc, name: e.name}, {label: 'Person', key: q.id, name: q.name}] AS nodes,
    [{type: 'SUPPLIES', from: startNode(s).uscc, to: endNode(s).uscc, detail: toString(s.annualValueYi)}, {type: 'EXECUTIVE_OF', from: q.id, to: e.uscc, detail: y.title}] AS rels,
    {local: e.name, sells: startNode(s) = t, valueYi: s.annualValueYi, introducer: q.name, introducerTitle: y.title} AS facts
  UNION ALL
  // A campaign team already follows it.
  MATCH (team:Team)-[f:FOLLOWS]->(t)
  RETURN 'TEAM_FOLLOWS' AS kind,
    [{label: 'Enterprise', key: t.uscc, name: t.name}, {label: 'Team', key: team.id, name: team.name}] AS nodes,
    [{type: 'FOLLOWS', from: team.id, to: t.uscc, detail: toString(f.since)}] AS rels,
    {team: team.name} AS facts
  UNION ALL
  // A Nan'an chamber is based in its city (or, for a firm abroad, its country).
  MATCH (t)-[:LOCATED_IN]->(city:City|Country)<-[:BASED_IN]-(c:Chamber)
  RETURN 'CHAMBER_IN_CITY' AS kind,
    [{label: 'Enterprise', key: t.uscc, name: t.name}, {label: CASE WHEN city:City THEN 'City' ELSE 'Country' END, key: city.code, name: city.name},
     {label: 'Chamber', key: c.id, name: c.name}] AS nodes,
    [{type: 'LOCATED_IN', from: t.uscc, to: city.code, detail: null}, {type: 'BASED_IN', from: c.id, to: city.code, detail: null}] AS rels,
    {chamber: c.name, city: city.name} AS facts
  UNION ALL
  // 引荐人 in its city: an officer of the Nan'an chamber there who runs a local firm.
  MATCH (t)-[:LOCATED_IN]->(city:City|Country)<-[:BASED_IN]-(c:Chamber)<-[m2:MEMBER_OF]-(q:Person)-[y:EXECUTIVE_OF]->(e)
  WHERE m2.role IN ['PRESIDENT', 'EXECUTIVE_VICE_PRESIDENT', 'VICE_PRESIDENT', 'SECRETARY_GENERAL'] AND e.isLocal = true
  RETURN 'CITY_CHAMBER_OFFICER' AS kind,
    [{label: 'Enterprise', key: t.uscc, name: t.name}, {label: CASE WHEN city:City THEN 'City' ELSE 'Country' END, key: city.code, name: city.name},
     {label: 'Chamber', key: c.id, name: c.name}, {label: 'Person', key: q.id, name: q.name}, {label: 'Enterprise', key: e.uscc, name: e.name}] AS nodes,
    [{type: 'LOCATED_IN', from: t.uscc, to: city.code, detail: null}, {type: 'BASED_IN', from: c.id, to: city.code, detail: null},
     {type: 'MEMBER_OF', from: q.id, to: c.id, detail: m2.role}, {type: 'EXECUTIVE_OF', from: q.id, to: e.uscc, detail: y.title}] AS rels,
    {chamber: c.name, city: city.name, introducer: q.name, introducerRole: m2.role, introducerTitle: y.title, local: e.name} AS facts
}
RETURN uscc, kind, nodes, rels, facts
