// A project's figures for one year (年度履约报送), replacing what was reported for that year before.
MATCH (p:Project {id: $projectId})
MERGE (r:AnnualReport {id: $projectId + ':' + toString($year)})
ON CREATE SET r.source = 'USER'
SET r.year = $year, r.investedYi = $investedYi, r.outputYi = $outputYi, r.taxWan = $taxWan, r.employees = $employees, r.by = $by
MERGE (r)-[:OF]->(p)
