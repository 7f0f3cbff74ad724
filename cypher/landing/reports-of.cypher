UNWIND $keys AS key
MATCH (r:AnnualReport)-[:OF]->(:Project {id: key})
WITH key, r ORDER BY r.year
RETURN key, r {.year, .investedYi, .outputYi, .taxWan, employees: r.employees} AS item
