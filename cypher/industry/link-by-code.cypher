MATCH (l:ChainLink {code: $code})
RETURN l {.*, searchText: null} AS node
