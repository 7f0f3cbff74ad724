// The state of the funds an import is about to write (and has written), with their commitments.
UNWIND $keys AS key
MATCH (n:Fund {id: key})
RETURN key, n {.*, version: null, _lock: null} AS props,
       {industryCodes: COLLECT { MATCH (n)-[:FOR_CHAIN]->(x:Industry) RETURN x.code ORDER BY x.code },
        commitments: COLLECT { MATCH (c:FundCommitment)-[:FROM]->(n) MATCH (c)-[:TO]->(p:Project)
                               RETURN c {.id, .amountYi, .investedYi, committedOn: toString(c.committedOn), projectId: p.id}
                               ORDER BY c.id }} AS refs
