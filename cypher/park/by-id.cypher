MATCH (p:Park {id: $id})
RETURN p {.*, searchText: null} AS node
