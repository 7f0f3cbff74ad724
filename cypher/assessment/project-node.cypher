// The project assessed, as the API shows a project.
MATCH (p:Project {id: $id})
RETURN p {.*, searchText: null} AS node
