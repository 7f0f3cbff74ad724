// One-box search over the search_names full-text index; $query is a Lucene query built by
// src/domain/search-text.ts from what the user typed. At most $candidates hits come out of the index,
// the best by Lucene's score (ties in index order), so a word half the graph matches (nanan*) costs
// what a rare one does; they are then ordered for the page: score, the shorter name, the key. Every
// page of one question is a slice of the same candidates, and below $candidates matches the order is
// that of every match.
CALL db.index.fulltext.queryNodes('search_names', $query, {limit: toInteger($candidates)}) YIELD node, score
WITH node, score,
  CASE
    WHEN node:Enterprise THEN 'ENTERPRISE'
    WHEN node:Park THEN 'PARK'
    WHEN node:Chamber THEN 'CHAMBER'
    WHEN node:Project THEN 'PROJECT'
    WHEN node:ChainLink THEN 'CHAIN_LINK'
    WHEN node:Industry THEN 'INDUSTRY'
    WHEN node:Person THEN 'PERSON'
    ELSE 'ASSOCIATION'
  END AS kind
WITH node, score, kind, coalesce(node.uscc, node.code, node.id) AS key
ORDER BY score DESC, size(node.name), key
SKIP toInteger($skip)
LIMIT toInteger($limit)
RETURN kind, key, score, node {.*, searchText: null} AS node
