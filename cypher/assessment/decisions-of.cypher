// The assessment decisions of projects, newest first.
UNWIND $keys AS key
MATCH (a:Assessment)-[:OF]->(:Project {id: key})
WITH key, a ORDER BY a.decidedOn DESC, a.at DESC
RETURN key, a {.id, .verdict, .note, .modelScore, .modelVerdict, .expertMedian, .reviews, .decidedBy,
               conditions: coalesce(a.conditions, []), decidedOn: toString(a.decidedOn)} AS item
