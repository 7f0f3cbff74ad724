UNWIND $keys AS key
MATCH (s:Enterprise)-[r:SUPPLIES]->(:Enterprise {uscc: key})
WITH key, s, r ORDER BY r.annualValueYi DESC, s.uscc
RETURN key, {enterprise: s {.*, searchText: null}, annualValueYi: r.annualValueYi, linkCode: r.linkCode} AS item
