// Money a fund put into a project against its commitment (实际出资).
MATCH (c:FundCommitment {id: $id})-[:FROM]->(f:Fund)
SET c.investedYi = $investedYi, c.lastInvestedOn = date($on), f.version = $version
