// A project as an assessment write reads it, locked for the rest of the transaction.
MATCH (p:Project {id: $id})
SET p._lock = true
REMOVE p._lock
RETURN p.id AS id, p.name AS name, p.stage AS stage, coalesce(p.version, 0) AS version,
       [(x:Enterprise)-[:INVESTS_IN]->(p) | x.uscc][0] AS investorUscc,
       [(x:Enterprise)-[:INVESTS_IN]->(p) | x.name][0] AS investorName,
       [(p)-[:IN_INDUSTRY]->(i:Industry) | i.code][0] AS industryCode
