UNWIND $keys AS key
MATCH (:Enterprise {uscc: key})-[r:OPERATES_IN]->(l:ChainLink)
WITH key, l, r ORDER BY CASE r.evidence WHEN 'STRONG' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END, l.code
RETURN key, {link: l {.*, searchText: null}, evidence: r.evidence, products: r.products} AS item
