// Moves a project's version (and its lead office, when given) after a landing write on it.
MATCH (p:Project {id: $id})
SET p.version = $version, p.leadOffice = coalesce($leadOffice, p.leadOffice),
    p.approvalTemplate = coalesce($approvalTemplate, p.approvalTemplate)
