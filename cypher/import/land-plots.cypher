// Plots of the land pool: the park they are in, the chains they suit, the project holding them.
UNWIND $rows AS row
MERGE (n:LandPlot {id: row.id})
SET n += row.props
WITH n, row
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:IN_PARK]->(x0:Park) WHERE x0.id <> row.parkId
  DELETE old
  WITH DISTINCT n, row
  MATCH (x:Park {id: row.parkId})
  MERGE (n)-[:IN_PARK]->(x)
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:SUITS]->(x0:Industry) WHERE NOT x0.code IN row.industryCodes
  DELETE old
  WITH DISTINCT n, row
  UNWIND row.industryCodes AS code
  MATCH (x:Industry {code: code})
  MERGE (n)-[:SUITS]->(x)
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:FOR_PROJECT]->(x0:Project) WHERE row.projectId IS NULL OR x0.id <> row.projectId
  DELETE old
  WITH DISTINCT n, row
  MATCH (x:Project {id: row.projectId})
  MERGE (n)-[:FOR_PROJECT]->(x)
}
