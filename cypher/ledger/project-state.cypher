// A project's editable state as an audit entry compares it: its properties and its references.
MATCH (n:Project {id: $id})
RETURN n {.*, searchText: null} AS node,
       [(n)-[:IN_INDUSTRY]->(x:Industry) | x.code][0] AS industryCode,
       [(x:Enterprise)-[:INVESTS_IN]->(n) | x.uscc][0] AS investorUscc,
       [(n)-[:LOCATED_IN]->(x:Park) | x.id][0] AS parkId,
       [(x:Team)-[:RESPONSIBLE_FOR]->(n) | x.id][0] AS teamId,
       COLLECT { MATCH (n)-[:FILLS]->(l:ChainLink) RETURN l.code ORDER BY l.code } AS linkCodes
