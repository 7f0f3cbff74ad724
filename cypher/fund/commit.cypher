// A fund's commitment to a project (承诺出资); the fund's version moves.
MATCH (f:Fund {id: $fundId}), (p:Project {id: $projectId})
CREATE (c:FundCommitment {id: $id, amountYi: $amountYi, investedYi: 0.0, committedOn: date($on), by: $by, source: 'USER'})
CREATE (c)-[:FROM]->(f), (c)-[:TO]->(p)
SET f.version = $version
