UNWIND $rows AS row
MERGE (n:Project {id: row.id})
SET n += row.props
WITH n, row
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:IN_INDUSTRY]->(x0:Industry) WHERE row.industryCode IS NULL OR x0.code <> row.industryCode
  DELETE old
  WITH DISTINCT n, row
  MATCH (x:Industry {code: row.industryCode})
  MERGE (n)-[:IN_INDUSTRY]->(x)
}
CALL (n, row) {
  OPTIONAL MATCH (x0:Enterprise)-[old:INVESTS_IN]->(n) WHERE row.investorUscc IS NULL OR x0.uscc <> row.investorUscc
  DELETE old
  WITH DISTINCT n, row
  MATCH (x:Enterprise {uscc: row.investorUscc})
  MERGE (x)-[:INVESTS_IN]->(n)
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:LOCATED_IN]->(x0:Park) WHERE row.parkId IS NULL OR x0.id <> row.parkId
  DELETE old
  WITH DISTINCT n, row
  MATCH (x:Park {id: row.parkId})
  MERGE (n)-[:LOCATED_IN]->(x)
}
CALL (n, row) {
  OPTIONAL MATCH (x0:Team)-[old:RESPONSIBLE_FOR]->(n) WHERE row.teamId IS NULL OR x0.id <> row.teamId
  DELETE old
  WITH DISTINCT n, row
  MATCH (x:Team {id: row.teamId})
  MERGE (x)-[:RESPONSIBLE_FOR]->(n)
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:SIGNED_AT]->(x0:SigningEvent) WHERE row.signingEventId IS NULL OR x0.id <> row.signingEventId
  DELETE old
  WITH DISTINCT n, row
  MATCH (x:SigningEvent {id: row.signingEventId})
  MERGE (n)-[:SIGNED_AT]->(x)
}
