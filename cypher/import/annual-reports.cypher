// A project's figures for one year (年度履约报送), keyed by project and year.
UNWIND $rows AS row
MATCH (p:Project {id: row.projectId})
MERGE (n:AnnualReport {id: row.projectId + ':' + toString(row.year)})
SET n += row.props, n.year = row.year
MERGE (n)-[:OF]->(p)
