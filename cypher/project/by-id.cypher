MATCH (p:Project {id: $id})
RETURN p {.*, searchText: null} AS node
