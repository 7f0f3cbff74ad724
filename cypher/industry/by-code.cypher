MATCH (i:Industry {code: $code})
RETURN i {.*, searchText: null} AS node
