// The names 问一问 recognises in a question (its gazetteer): chains, links, the campaign's firms, parks, chambers,
// towns, cities and projects, each with its key and, where it has one, its chain.
CALL () {
  MATCH (i:Industry)
  RETURN 'INDUSTRY' AS kind, i.code AS key, i.name AS name, i.code AS industryCode
  UNION ALL
  MATCH (l:ChainLink)
  RETURN 'LINK' AS kind, l.code AS key, l.name AS name, [(l)-[:IN_CHAIN]->(i:Industry) | i.code][0] AS industryCode
  UNION ALL
  // The firms the campaign talks about: targets, local firms and investors. Any other firm (a
  // province's graph holds hundreds of thousands) is found by 搜一下, through the search index.
  MATCH (e:Enterprise)
  WHERE e.isTarget = true OR e.isLocal = true OR EXISTS { (e)-[:INVESTS_IN]->(:Project) }
  RETURN 'ENTERPRISE' AS kind, e.uscc AS key, e.name AS name, null AS industryCode
  UNION ALL
  MATCH (p:Park)
  RETURN 'PARK' AS kind, p.id AS key, p.name AS name, null AS industryCode
  UNION ALL
  MATCH (c:Chamber)
  RETURN 'CHAMBER' AS kind, c.id AS key, c.name AS name, null AS industryCode
  UNION ALL
  MATCH (t:Town)
  RETURN 'TOWN' AS kind, t.code AS key, t.name AS name, null AS industryCode
  UNION ALL
  MATCH (c:City)
  RETURN 'CITY' AS kind, c.code AS key, c.name AS name, null AS industryCode
  UNION ALL
  MATCH (p:Project)
  RETURN 'PROJECT' AS kind, p.id AS key, p.name AS name, [(p)-[:IN_INDUSTRY]->(i:Industry) | i.code][0] AS industryCode
}
WITH kind, key, name, industryCode
WHERE key IS NOT NULL AND name IS NOT NULL
RETURN kind, key, name, industryCode
ORDER BY kind, key
