MATCH (n:Park)
WHERE ($f.townCode IS NULL OR n.townCode = $f.townCode)
  AND ($f.standardized IS NULL OR n.standardized = $f.standardized)
  AND ($f.availableLandMin IS NULL OR n.availableLandMu >= $f.availableLandMin)
  AND ($f.industryCode IS NULL OR EXISTS { (n)-[:POSITIONED_FOR]->(:Industry {code: $f.industryCode}) })
  AND ($f.chainLinkCode IS NULL OR EXISTS { (n)-[:POSITIONED_FOR]->(:ChainLink {code: $f.chainLinkCode}) })
WITH n AS node,
  CASE WHEN $numKey IS NULL THEN 0.0 WHEN n[$numKey] IS NULL THEN 1.0e18 ELSE $dir * toFloat(n[$numKey]) END AS s1,
  CASE WHEN $strKey IS NULL THEN '' ELSE coalesce(n[$strKey], '') END AS s2,
  n.id AS k
