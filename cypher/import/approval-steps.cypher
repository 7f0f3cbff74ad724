// A project's approval steps (前期审批), one per template step, keyed by project and step code.
UNWIND $rows AS row
MATCH (p:Project {id: row.projectId})
MERGE (n:ApprovalStep {id: row.projectId + ':' + row.code})
SET n += row.props, n.code = row.code
MERGE (n)-[:OF]->(p)
