// Sort keys per cypher/common/page-window.cypher. $numKey/$strKey name a property chosen by the
// server from the orderBy enum, never by the client.
WITH n AS node,
  CASE WHEN $numKey IS NULL THEN 0.0 WHEN n[$numKey] IS NULL THEN 1.0e18 ELSE $dir * toFloat(n[$numKey]) END AS s1,
  CASE WHEN $strKey IS NULL THEN '' ELSE coalesce(n[$strKey], '') END AS s2,
  n.uscc AS k
