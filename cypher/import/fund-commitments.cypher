// A fund's commitment to a project; invested money is counted on the commitment.
UNWIND $rows AS row
MATCH (f:Fund {id: row.fundId}), (p:Project {id: row.projectId})
MERGE (n:FundCommitment {id: row.id})
SET n += row.props, n.investedYi = coalesce(row.investedYi, 0.0)
WITH n, f, p
OPTIONAL MATCH (n)-[old:FROM|TO]->()
DELETE old
WITH DISTINCT n, f, p
MERGE (n)-[:FROM]->(f)
MERGE (n)-[:TO]->(p)
