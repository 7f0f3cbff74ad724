UNWIND $rows AS row
MERGE (n:SigningEvent {id: row.id})
SET n += row.props
