UNWIND $keys AS key
MATCH (e:Enterprise {uscc: key})
OPTIONAL MATCH (e)-[:LOCATED_IN]->(c:City)
OPTIONAL MATCH (e)-[:LOCATED_IN]->(k:Country)
OPTIONAL MATCH (e)-[:IN_TOWN]->(t:Town)
OPTIONAL MATCH (e)-[:IN_PARK]->(p:Park)
RETURN key, {city: c {.*}, country: k {.*}, town: t {.*}, park: p {.*, searchText: null}} AS item
