// One predicate per filter key (the section name). Only the sections of the filters a request
// gives are joined with AND, so an unused filter never hides an index from the planner.
// @isTarget
n.isTarget = $f.isTarget
// @isLocal
n.isLocal = $f.isLocal
// @fortune500
n.fortune500 = $f.fortune500
// @chainLeader
n.chainLeader = $f.chainLeader
// @specialized
n.specialized = $f.specialized
// @highTech
n.highTech = $f.highTech
// @listed
n.listed = $f.listed
// @expansionPlan
n.expansionPlan = $f.expansionPlan
// @recentFinancing
n.recentFinancing = $f.recentFinancing
// @revenueMin
n.revenueYi >= $f.revenueMin
// @revenueMax
n.revenueYi <= $f.revenueMax
// @nameContains
n.name CONTAINS $f.nameContains
// @industryCode
EXISTS { (n)-[:OPERATES_IN]->(:ChainLink)-[:IN_CHAIN]->(:Industry {code: $f.industryCode}) }
// @chainLinkCode
EXISTS { (n)-[:OPERATES_IN]->(:ChainLink {code: $f.chainLinkCode}) }
// @cityCode
EXISTS { (n)-[:LOCATED_IN]->(:City {code: $f.cityCode}) }
// @provinceCode
EXISTS { (n)-[:LOCATED_IN]->(c:City) WHERE c.code STARTS WITH $f.provinceCode }
// @ownerships
n.ownership IN $f.ownerships
// @countryCode
EXISTS { (n)-[:LOCATED_IN]->(:Country {code: $f.countryCode}) }
// @parkId
EXISTS { (n)-[:IN_PARK]->(:Park {id: $f.parkId}) }
// @hasNativeExecutive
$f.hasNativeExecutive = EXISTS { (n)<-[:EXECUTIVE_OF]-(:Person)-[:NATIVE_OF]->(:City {code: $home}) }
// @hasChamberMember
$f.hasChamberMember = EXISTS { (n)<-[:EXECUTIVE_OF]-(:Person)-[:MEMBER_OF]->(:Chamber) }
