UNWIND $rows AS row
MERGE (n:Country {code: row.code})
SET n += row.props
