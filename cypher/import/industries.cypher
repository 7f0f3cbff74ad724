UNWIND $rows AS row
MERGE (n:Industry {code: row.code})
SET n += row.props
