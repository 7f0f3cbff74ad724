// Industry funds (产业基金) and the chains they invest in.
UNWIND $rows AS row
MERGE (n:Fund {id: row.id})
SET n += row.props
WITH n, row
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:FOR_CHAIN]->(x0:Industry) WHERE NOT x0.code IN row.industryCodes
  DELETE old
  WITH DISTINCT n, row
  UNWIND row.industryCodes AS code
  MATCH (x:Industry {code: code})
  MERGE (n)-[:FOR_CHAIN]->(x)
}
