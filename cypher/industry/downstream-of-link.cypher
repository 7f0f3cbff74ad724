UNWIND $keys AS key
MATCH (:ChainLink {code: key})-[r:SUPPLIES_TO]->(down:ChainLink)
WITH key, down, r ORDER BY r.strength DESC, down.code
RETURN key, {link: down {.*, searchText: null}, kind: r.kind, strength: r.strength} AS item
