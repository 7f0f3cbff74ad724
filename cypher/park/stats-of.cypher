// Enterprises in the park and its attraction rate (招商率 = enterprises / planned slots).
UNWIND $keys AS key
MATCH (p:Park {id: key})
OPTIONAL MATCH (p)-[:IN_TOWN]->(t:Town)
RETURN key, {
  town: t {.*},
  enterpriseCount: COUNT { (:Enterprise)-[:IN_PARK]->(p) },
  projectCount: COUNT { (:Project)-[:LOCATED_IN]->(p) }
} AS item
