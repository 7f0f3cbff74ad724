UNWIND $rows AS row
MERGE (n:Council {id: row.id})
SET n += row.props
