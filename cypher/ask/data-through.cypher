// The last day the pipeline has a record for: 问一问 reads "this year" and warnings without a day by it.
MATCH (p:Project)
UNWIND [p.negotiatingOn, p.signedOn, p.contractedOn, p.performingOn, p.startedOn, p.producingOn] AS day
WITH day
WHERE day IS NOT NULL
RETURN toString(max(day)) AS day
