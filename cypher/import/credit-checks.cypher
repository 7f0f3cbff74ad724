// A firm's credit check (信用核查), one per firm and day; the latest one up to a day is what an assessment reads.
UNWIND $rows AS row
MATCH (e:Enterprise {uscc: row.uscc})
MERGE (c:CreditCheck {id: row.uscc + ':' + toString(row.checkedOn)})
SET c += row.props, c.checkedOn = row.checkedOn
MERGE (c)-[:OF]->(e)
