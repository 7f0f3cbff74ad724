// Projects filling each link (补链项目), largest first.
UNWIND $keys AS key
MATCH (p:Project)-[:FILLS]->(:ChainLink {code: key})
WITH key, p ORDER BY p.amountYi DESC, p.id
RETURN key, p {.*, searchText: null} AS item
