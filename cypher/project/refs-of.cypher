UNWIND $keys AS key
MATCH (p:Project {id: key})
OPTIONAL MATCH (inv:Enterprise)-[:INVESTS_IN]->(p)
OPTIONAL MATCH (p)-[:LOCATED_IN]->(park:Park)
OPTIONAL MATCH (p)-[:IN_INDUSTRY]->(i:Industry)
OPTIONAL MATCH (t:Team)-[:RESPONSIBLE_FOR]->(p)
OPTIONAL MATCH (p)-[:SIGNED_AT]->(ev:SigningEvent)
RETURN key, {
  investor: inv {.*, searchText: null}, park: park {.*, searchText: null}, industry: i {.*, searchText: null},
  team: t {.*}, signingEvent: ev {.*}
} AS item
