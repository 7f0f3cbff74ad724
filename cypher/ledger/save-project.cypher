// Creates or updates one project: its properties, and each reference given (a null one is left as it is).
MERGE (n:Project {id: $id})
SET n += $props
WITH n
CALL (n) {
  WITH n WHERE $industryCode IS NOT NULL
  OPTIONAL MATCH (n)-[old:IN_INDUSTRY]->(:Industry)
  DELETE old
  WITH DISTINCT n
  MATCH (x:Industry {code: $industryCode})
  MERGE (n)-[:IN_INDUSTRY]->(x)
}
CALL (n) {
  WITH n WHERE $investorUscc IS NOT NULL
  OPTIONAL MATCH (:Enterprise)-[old:INVESTS_IN]->(n)
  DELETE old
  WITH DISTINCT n
  MATCH (x:Enterprise {uscc: $investorUscc})
  MERGE (x)-[:INVESTS_IN]->(n)
}
CALL (n) {
  WITH n WHERE $parkId IS NOT NULL
  OPTIONAL MATCH (n)-[old:LOCATED_IN]->(:Park)
  DELETE old
  WITH DISTINCT n
  MATCH (x:Park {id: $parkId})
  MERGE (n)-[:LOCATED_IN]->(x)
}
CALL (n) {
  WITH n WHERE $teamId IS NOT NULL
  OPTIONAL MATCH (:Team)-[old:RESPONSIBLE_FOR]->(n)
  DELETE old
  WITH DISTINCT n
  MATCH (x:Team {id: $teamId})
  MERGE (x)-[:RESPONSIBLE_FOR]->(n)
}
CALL (n) {
  WITH n WHERE $linkCodes IS NOT NULL
  OPTIONAL MATCH (n)-[old:FILLS]->(:ChainLink)
  DELETE old
  WITH DISTINCT n
  UNWIND $linkCodes AS code
  MATCH (l:ChainLink {code: code})
  MERGE (n)-[:FILLS]->(l)
}
RETURN n {.*, searchText: null} AS node
