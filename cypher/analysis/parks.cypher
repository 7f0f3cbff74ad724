// Parks with their available land and positioning, for park fit.
MATCH (p:Park)
RETURN p {.*, searchText: null} AS park,
       [(p)-[:POSITIONED_FOR]->(i:Industry) | i.code] AS industries,
       [(p)-[:POSITIONED_FOR]->(l:ChainLink) | l.code] AS links
ORDER BY park.id
