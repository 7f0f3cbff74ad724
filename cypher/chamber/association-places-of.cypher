UNWIND $keys AS key
MATCH (a:Association {id: key})
OPTIONAL MATCH (a)-[:SERVES]->(i:Industry)
OPTIONAL MATCH (a)-[:AFFILIATED_WITH]->(co:Council)
RETURN key, {industry: i {.*, searchText: null}, council: co {.*}} AS item
