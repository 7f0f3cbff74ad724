// Local firms that would trade with each item's firm: those in the links its links supply would buy
// from it, those in the links that supply its links would sell to it, and so would any local firm it
// already trades with (SUPPLIES). The firm itself is not counted.
UNWIND $items AS item
CALL (item) {
  MATCH (l:ChainLink)-[:SUPPLIES_TO]->(:ChainLink)<-[:OPERATES_IN]-(b:Enterprise {isLocal: true})
  WHERE l.code IN item.links AND b.uscc <> coalesce(item.uscc, '')
  RETURN b
  UNION
  MATCH (:Enterprise {uscc: item.uscc})-[:SUPPLIES]->(b:Enterprise {isLocal: true})
  RETURN b
}
WITH item, collect(DISTINCT b) AS buyers
CALL (item) {
  MATCH (s:Enterprise {isLocal: true})-[:OPERATES_IN]->(:ChainLink)-[:SUPPLIES_TO]->(l:ChainLink)
  WHERE l.code IN item.links AND s.uscc <> coalesce(item.uscc, '')
  RETURN s
  UNION
  MATCH (s:Enterprise {isLocal: true})-[:SUPPLIES]->(:Enterprise {uscc: item.uscc})
  RETURN s
}
WITH item, buyers, collect(DISTINCT s) AS sellers
RETURN item.key AS key, size(buyers) AS buyers, size(sellers) AS sellers,
       COLLECT { UNWIND buyers + sellers AS f WITH DISTINCT f ORDER BY f.revenueYi DESC, f.uscc LIMIT 3 RETURN f.name } AS examples
