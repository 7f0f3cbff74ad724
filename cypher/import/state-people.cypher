// The state of the people an import is about to write (and has written), as the audit compares it,
// as cypher/ledger/person-state.cypher reads one.
UNWIND $keys AS key
MATCH (n:Person {id: key})
RETURN key, n {.*, searchText: null, version: null, _lock: null} AS props,
       {nativeCityCode: [(n)-[:NATIVE_OF]->(c:City) | c.code][0]} AS refs
