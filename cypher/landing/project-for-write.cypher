// A project as the landing writes read it, locked for the rest of the transaction.
MATCH (p:Project {id: $id})
SET p._lock = true
REMOVE p._lock
RETURN p.id AS id, p.name AS name, p.stage AS stage, coalesce(p.version, 0) AS version, p.leadOffice AS leadOffice,
       p.approvalTemplate AS approvalTemplate
