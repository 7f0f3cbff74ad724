// The state of the plots an import is about to write (and has written), as the audit compares it.
UNWIND $keys AS key
MATCH (n:LandPlot {id: key})
RETURN key, n {.*, version: null, _lock: null} AS props,
       {parkId: [(n)-[:IN_PARK]->(x:Park) | x.id][0],
        projectId: [(n)-[:FOR_PROJECT]->(x:Project) | x.id][0],
        industryCodes: COLLECT { MATCH (n)-[:SUITS]->(x:Industry) RETURN x.code ORDER BY x.code }} AS refs
