UNWIND $rows AS row
MATCH (p:Person {id: row.personId}), (c:Chamber {id: row.chamberId})
MERGE (p)-[r:MEMBER_OF]->(c)
SET r += row.props
