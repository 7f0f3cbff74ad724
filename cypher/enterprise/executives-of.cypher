UNWIND $keys AS key
MATCH (p:Person)-[r:EXECUTIVE_OF]->(:Enterprise {uscc: key})
WITH key, p, r ORDER BY CASE r.title WHEN '董事长' THEN 0 ELSE 1 END, p.id
RETURN key, {person: p {.*}, title: r.title} AS item
