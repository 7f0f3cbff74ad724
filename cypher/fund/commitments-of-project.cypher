UNWIND $keys AS key
MATCH (c:FundCommitment)-[:TO]->(p:Project {id: key}), (c)-[:FROM]->(f:Fund)
WITH key, c, f, p ORDER BY c.committedOn, c.id
RETURN key, c {.id, .amountYi, investedYi: coalesce(c.investedYi, 0.0), committedOn: toString(c.committedOn),
               fundId: f.id, fundName: f.name, projectId: p.id, projectName: p.name} AS item
