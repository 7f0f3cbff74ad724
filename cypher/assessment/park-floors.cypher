// Parks' own floors (投资强度, 亩均税收) as their available plots for a chain record them: the lowest a
// plot there asks. Null when no available plot records one.
UNWIND $items AS item
MATCH (k:Park {id: item.parkId})
OPTIONAL MATCH (l:LandPlot {status: 'AVAILABLE'})-[:IN_PARK]->(k)
WHERE item.industryCode IS NULL OR EXISTS { (l)-[:SUITS]->(:Industry {code: item.industryCode}) }
RETURN item.parkId AS parkId, item.industryCode AS industryCode,
       min(l.investmentFloorWanPerMu) AS investmentPerMuWan, min(l.taxFloorWanPerMu) AS taxPerMuWan
