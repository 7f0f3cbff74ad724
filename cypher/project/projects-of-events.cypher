// Projects signed at each signing event, largest first.
UNWIND $keys AS key
MATCH (p:Project)-[:SIGNED_AT]->(:SigningEvent {id: key})
WITH key, p ORDER BY p.amountYi DESC, p.id
RETURN key, p {.*, searchText: null} AS item
