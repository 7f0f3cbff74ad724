UNWIND $rows AS row
MATCH (p:Person {id: row.personId}), (e:Enterprise {uscc: row.uscc})
MERGE (p)-[r:EXECUTIVE_OF]->(e)
SET r += row.props
