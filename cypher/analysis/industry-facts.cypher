MATCH (i:Industry)
RETURN i.code AS code, i.name AS name, coalesce(i.themes, []) AS themes, i.investmentPerMuWan AS investmentPerMuWan
ORDER BY code
