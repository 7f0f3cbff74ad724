UNWIND $keys AS key
MATCH (e:Enterprise)-[r:OPERATES_IN]->(:ChainLink {code: key})
WITH key, e, r
ORDER BY CASE r.evidence WHEN 'STRONG' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END, coalesce(e.revenueYi, 0) DESC, e.uscc
RETURN key, {enterprise: e {.*, searchText: null}, evidence: r.evidence, products: r.products} AS item
