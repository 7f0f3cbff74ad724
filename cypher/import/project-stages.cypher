// Current stage of projects about to be re-imported (to refuse impossible stage jumps).
UNWIND $ids AS id
MATCH (p:Project {id: id})
RETURN p.id AS id, p.stage AS stage
