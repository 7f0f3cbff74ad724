// Projects signed after $after up to $until (inclusive), with their investor: what a backtest measures against.
MATCH (e:Enterprise)-[:INVESTS_IN]->(p:Project)
WHERE p.signedOn > date($after) AND p.signedOn <= date($until)
RETURN e.uscc AS uscc, coalesce(e.isTarget, false) AS isTarget, p.id AS projectId, p.name AS projectName,
       toString(p.signedOn) AS signedOn, p.amountYi AS amountYi
ORDER BY signedOn, projectId
