// Enterprise listing filter; sort keys per cypher/common/page.cypher. $numKey/$strKey name a
// property chosen by the server from the orderBy enum, never by the client.
MATCH (n:Enterprise)
WHERE ($f.isTarget IS NULL OR n.isTarget = $f.isTarget)
  AND ($f.isLocal IS NULL OR n.isLocal = $f.isLocal)
  AND ($f.fortune500 IS NULL OR n.fortune500 = $f.fortune500)
  AND ($f.chainLeader IS NULL OR n.chainLeader = $f.chainLeader)
  AND ($f.specialized IS NULL OR n.specialized = $f.specialized)
  AND ($f.highTech IS NULL OR n.highTech = $f.highTech)
  AND ($f.listed IS NULL OR n.listed = $f.listed)
  AND ($f.expansionPlan IS NULL OR n.expansionPlan = $f.expansionPlan)
  AND ($f.recentFinancing IS NULL OR n.recentFinancing = $f.recentFinancing)
  AND ($f.revenueMin IS NULL OR n.revenueYi >= $f.revenueMin)
  AND ($f.revenueMax IS NULL OR n.revenueYi <= $f.revenueMax)
  AND ($f.nameContains IS NULL OR n.name CONTAINS $f.nameContains)
  AND ($f.industryCode IS NULL OR EXISTS { (n)-[:OPERATES_IN]->(:ChainLink)-[:IN_CHAIN]->(:Industry {code: $f.industryCode}) })
  AND ($f.chainLinkCode IS NULL OR EXISTS { (n)-[:OPERATES_IN]->(:ChainLink {code: $f.chainLinkCode}) })
  AND ($f.cityCode IS NULL OR EXISTS { (n)-[:LOCATED_IN]->(:City {code: $f.cityCode}) })
  AND ($f.provinceCode IS NULL OR EXISTS { (n)-[:LOCATED_IN]->(c:City) WHERE c.code STARTS WITH $f.provinceCode })
  AND ($f.ownerships IS NULL OR n.ownership IN $f.ownerships)
  AND ($f.countryCode IS NULL OR EXISTS { (n)-[:LOCATED_IN]->(:Country {code: $f.countryCode}) })
  AND ($f.parkId IS NULL OR EXISTS { (n)-[:IN_PARK]->(:Park {id: $f.parkId}) })
  AND ($f.hasNativeExecutive IS NULL OR $f.hasNativeExecutive = EXISTS { (n)<-[:EXECUTIVE_OF]-(:Person)-[:NATIVE_OF]->(:City {code: $home}) })
  AND ($f.hasChamberMember IS NULL OR $f.hasChamberMember = EXISTS { (n)<-[:EXECUTIVE_OF]-(:Person)-[:MEMBER_OF]->(:Chamber) })
WITH n AS node,
  CASE WHEN $numKey IS NULL THEN 0.0 WHEN n[$numKey] IS NULL THEN 1.0e18 ELSE $dir * toFloat(n[$numKey]) END AS s1,
  CASE WHEN $strKey IS NULL THEN '' ELSE coalesce(n[$strKey], '') END AS s2,
  n.uscc AS k
