UNWIND $keys AS key
MATCH (:ChainLink {code: key})-[:IN_CHAIN]->(i:Industry)
RETURN key, i {.*, searchText: null} AS item
