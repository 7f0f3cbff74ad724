// One commitment with its fund, locked through the fund (investments and commitments take turns).
MATCH (c:FundCommitment {id: $id})-[:FROM]->(f:Fund), (c)-[:TO]->(p:Project)
SET f._lock = true
REMOVE f._lock
RETURN c {.id, .amountYi, investedYi: coalesce(c.investedYi, 0.0), committedOn: toString(c.committedOn),
          fundId: f.id, fundName: f.name, projectId: p.id, projectName: p.name} AS commitment, coalesce(f.version, 0) AS fundVersion
