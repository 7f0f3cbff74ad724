// The fund pool: each fund with what it has committed and invested, and its commitments.
MATCH (f:Fund)
WHERE $id IS NULL OR f.id = $id
RETURN f {.id, .name, .sizeYi, .manager, .source, setUpOn: toString(f.setUpOn), version: coalesce(f.version, 0),
          industryCodes: COLLECT { MATCH (f)-[:FOR_CHAIN]->(i:Industry) RETURN i.code ORDER BY i.code },
          commitments: COLLECT { MATCH (c:FundCommitment)-[:FROM]->(f) MATCH (c)-[:TO]->(p:Project)
                                 RETURN c {.id, .amountYi, investedYi: coalesce(c.investedYi, 0.0), committedOn: toString(c.committedOn),
                                           fundId: f.id, fundName: f.name, projectId: p.id, projectName: p.name}
                                 ORDER BY c.committedOn, c.id }} AS fund
ORDER BY f.id
