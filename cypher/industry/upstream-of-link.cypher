UNWIND $keys AS key
MATCH (up:ChainLink)-[r:SUPPLIES_TO]->(:ChainLink {code: key})
WITH key, up, r ORDER BY r.strength DESC, up.code
RETURN key, {link: up {.*, searchText: null}, kind: r.kind, strength: r.strength} AS item
