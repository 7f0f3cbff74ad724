UNWIND $keys AS key
MATCH (:Enterprise {uscc: key})-[r:SUPPLIES]->(c:Enterprise)
WITH key, c, r ORDER BY r.annualValueYi DESC, c.uscc
RETURN key, {enterprise: c {.*, searchText: null}, annualValueYi: r.annualValueYi, linkCode: r.linkCode} AS item
