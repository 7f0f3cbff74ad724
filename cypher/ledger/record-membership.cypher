// A person's role in a Nan'an chamber (商会职务), replaced when it exists.
MATCH (p:Person {id: $personId}), (c:Chamber {id: $chamberId})
OPTIONAL MATCH (p)-[old:MEMBER_OF]->(c)
WITH p, c, old.role AS before
MERGE (p)-[m:MEMBER_OF]->(c)
SET m.role = $role
RETURN before
