// The state of the experts an import is about to write (and has written): properties, person and chains.
UNWIND $keys AS key
MATCH (n:Expert {id: key})
RETURN key, n {.*, version: null, _lock: null} AS props,
       {personId: [(n)-[:IS]->(p:Person) | p.id][0],
        industryCodes: COLLECT { MATCH (n)-[:COVERS]->(x:Industry) RETURN x.code ORDER BY x.code }} AS refs
