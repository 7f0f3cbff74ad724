UNWIND $rows AS row
MERGE (n:City {code: row.code})
SET n += row.props
