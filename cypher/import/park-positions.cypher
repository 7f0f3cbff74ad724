UNWIND $rows AS row
MATCH (p:Park {id: row.parkId}), (i:Industry {code: row.industryCode})
MERGE (p)-[:POSITIONED_FOR]->(i)
WITH p, row
CALL (p, row) {
  MATCH (l:ChainLink {code: row.linkCode})
  MERGE (p)-[:POSITIONED_FOR]->(l)
}
