// The page's rows: each node with its sort key (the cursor is made from it).
RETURN node {.*, searchText: null} AS node, [s1, s2, k] AS sortKey
