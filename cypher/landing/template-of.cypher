// The approval template a project's steps were planned from (none for steps imported without one).
MATCH (p:Project {id: $id})
RETURN p.approvalTemplate AS template
