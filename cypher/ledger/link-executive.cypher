// A person's position in an enterprise (任职), its title replaced when it exists.
MATCH (p:Person {id: $personId}), (e:Enterprise {uscc: $uscc})
OPTIONAL MATCH (p)-[old:EXECUTIVE_OF]->(e)
WITH p, e, old.title AS before
MERGE (p)-[x:EXECUTIVE_OF]->(e)
SET x.title = $title
RETURN before
