UNWIND $rows AS row
MATCH (t:Team {id: row.teamId}), (e:Enterprise {uscc: row.uscc})
MERGE (t)-[r:FOLLOWS]->(e)
SET r += row.props
