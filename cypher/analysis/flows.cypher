// Every link-to-link flow with its strength (for EXTEND mode).
MATCH (a:ChainLink)-[f:SUPPLIES_TO]->(b:ChainLink)
RETURN a.code AS fromCode, b.code AS toCode, f.strength AS strength
