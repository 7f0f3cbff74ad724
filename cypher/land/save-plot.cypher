// A plot's new status (and the project holding it, or none), then its park's available land again:
// the sum of its AVAILABLE plots (one truth).
MATCH (l:LandPlot {id: $id})-[:IN_PARK]->(park:Park)
SET l.status = $status, l.statusOn = date($on), l.version = $version, l.revitalizedMu = $revitalizedMu
WITH l, park
CALL (l) {
  OPTIONAL MATCH (l)-[old:FOR_PROJECT]->(p0:Project) WHERE $projectId IS NULL OR p0.id <> $projectId
  DELETE old
}
CALL (l) {
  MATCH (p:Project {id: $projectId})
  MERGE (l)-[:FOR_PROJECT]->(p)
}
SET park.availableLandMu = COLLECT { MATCH (x:LandPlot {status: 'AVAILABLE'})-[:IN_PARK]->(park) RETURN sum(x.areaMu) }[0]
RETURN park.availableLandMu AS parkAvailableMu
