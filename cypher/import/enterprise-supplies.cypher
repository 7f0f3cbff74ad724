UNWIND $rows AS row
MATCH (s:Enterprise {uscc: row.supplierUscc}), (c:Enterprise {uscc: row.customerUscc})
MERGE (s)-[r:SUPPLIES]->(c)
SET r += row.props
