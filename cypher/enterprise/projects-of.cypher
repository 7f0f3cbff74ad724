UNWIND $keys AS key
MATCH (:Enterprise {uscc: key})-[:INVESTS_IN]->(p:Project)
WITH key, p ORDER BY p.amountYi DESC, p.id
RETURN key, p {.*, searchText: null} AS item
