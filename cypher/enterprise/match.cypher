// Start of the enterprise listing; the WHERE clause is composed from enterprise/where.cypher with
// only the filters given, so the planner can start from an index (enterprise_is_target, ...).
MATCH (n:Enterprise)
