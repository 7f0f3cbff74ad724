MATCH (n:Project)
WHERE ($f.stages IS NULL OR n.stage IN $f.stages)
  AND ($f.amountMin IS NULL OR n.amountYi >= $f.amountMin)
  AND ($f.amountMax IS NULL OR n.amountYi <= $f.amountMax)
  AND ($f.signedFrom IS NULL OR n.signedOn >= date($f.signedFrom))
  AND ($f.signedTo IS NULL OR n.signedOn <= date($f.signedTo))
  AND ($f.contractedFrom IS NULL OR n.contractedOn >= date($f.contractedFrom))
  AND ($f.contractedTo IS NULL OR n.contractedOn <= date($f.contractedTo))
  AND ($f.performingFrom IS NULL OR n.performingOn >= date($f.performingFrom))
  AND ($f.performingTo IS NULL OR n.performingOn <= date($f.performingTo))
  AND ($f.startedFrom IS NULL OR n.startedOn >= date($f.startedFrom))
  AND ($f.startedTo IS NULL OR n.startedOn <= date($f.startedTo))
  AND ($f.producingFrom IS NULL OR n.producingOn >= date($f.producingFrom))
  AND ($f.producingTo IS NULL OR n.producingOn <= date($f.producingTo))
  AND ($f.keyProject IS NULL OR n.keyProject = $f.keyProject)
  AND ($f.campaign100Days IS NULL OR n.campaign100Days = $f.campaign100Days)
  AND ($f.nameContains IS NULL OR n.name CONTAINS $f.nameContains)
  AND ($f.industryCode IS NULL OR EXISTS { (n)-[:IN_INDUSTRY]->(:Industry {code: $f.industryCode}) })
  AND ($f.parkId IS NULL OR EXISTS { (n)-[:LOCATED_IN]->(:Park {id: $f.parkId}) })
  AND ($f.teamId IS NULL OR EXISTS { (:Team {id: $f.teamId})-[:RESPONSIBLE_FOR]->(n) })
  AND ($f.investorUscc IS NULL OR EXISTS { (:Enterprise {uscc: $f.investorUscc})-[:INVESTS_IN]->(n) })
WITH n AS node,
  CASE
    WHEN $numKey IS NULL THEN 0.0
    WHEN n[$numKey] IS NULL THEN 1.0e18
    WHEN $numKey = 'signedOn' THEN $dir * toFloat(n.signedOn.year * 10000 + n.signedOn.month * 100 + n.signedOn.day)
    ELSE $dir * toFloat(n[$numKey])
  END AS s1,
  CASE WHEN $strKey IS NULL THEN '' ELSE coalesce(n[$strKey], '') END AS s2,
  n.id AS k
