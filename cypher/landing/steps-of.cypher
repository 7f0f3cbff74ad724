// A project's approval steps, in template order (the order they were planned in).
UNWIND $keys AS key
MATCH (s:ApprovalStep)-[:OF]->(:Project {id: key})
WITH key, s ORDER BY coalesce(s.order, 0), s.id
RETURN key, s {.code, .name, .office, .workdays, after: coalesce(s.after, []), .agent, .owner,
               startedOn: toString(s.startedOn), dueOn: toString(s.dueOn), doneOn: toString(s.doneOn)} AS item
