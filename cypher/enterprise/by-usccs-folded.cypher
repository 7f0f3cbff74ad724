// Enterprises by key, with the relations asked for (enterprise/fold.cypher follows).
UNWIND $usccs AS uscc
MATCH (n:Enterprise {uscc: uscc})
WITH n AS node, 0.0 AS s1, '' AS s2, n.uscc AS k
