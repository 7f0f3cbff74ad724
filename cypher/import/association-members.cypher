UNWIND $rows AS row
MATCH (p:Person {id: row.personId}), (a:Association {id: row.associationId})
MERGE (p)-[r:MEMBER_OF]->(a)
SET r += row.props
