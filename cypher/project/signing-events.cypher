// Signing events (集中签约活动), newest first, with the projects signed at each and their investment.
MATCH (x:SigningEvent)
OPTIONAL MATCH (p:Project)-[:SIGNED_AT]->(x)
WITH x, count(p) AS projectCount, round(coalesce(sum(p.amountYi), 0.0), 4) AS amountYi
ORDER BY x.date DESC, x.id
RETURN x {.*} AS node, projectCount, amountYi
