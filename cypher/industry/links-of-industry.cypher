UNWIND $keys AS key
MATCH (:Industry {code: key})<-[:IN_CHAIN]-(l:ChainLink)
WITH key, l
ORDER BY CASE l.stage WHEN 'UPSTREAM' THEN 0 WHEN 'MIDSTREAM' THEN 1 WHEN 'DOWNSTREAM' THEN 2 ELSE 3 END, l.importance DESC, l.code
RETURN key, l {.*, searchText: null} AS item
