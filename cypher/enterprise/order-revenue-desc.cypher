// The page in index order (see order-index.cypher): stops after one page instead of sorting every match.
WITH n ORDER BY n.revenueYi DESC, n.uscc
LIMIT toInteger($limit)
