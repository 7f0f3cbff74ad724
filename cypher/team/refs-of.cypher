UNWIND $keys AS key
MATCH (t:Team {id: key})
OPTIONAL MATCH (t)-[:PART_OF]->(parent:Team)
OPTIONAL MATCH (t)-[:RESPONSIBLE_FOR]->(i:Industry)
RETURN key, {parent: parent {.*}, industry: i {.*, searchText: null}} AS item
