MATCH (i:Industry)
RETURN i {.*, searchText: null} AS node
ORDER BY i.code
