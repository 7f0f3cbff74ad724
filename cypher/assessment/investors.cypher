// The investors an assessment reads: size and titles, every credit check (the latest one up to the day
// counts), and their projects here with the day each defaulted (违约 stage or a recorded default case).
UNWIND $usccs AS uscc
MATCH (e:Enterprise {uscc: uscc})
RETURN e.uscc AS uscc, e.name AS name, e.revenueYi AS revenueYi, coalesce(e.fortune500, false) AS fortune500,
       coalesce(e.chainLeader, false) AS chainLeader, coalesce(e.listed, false) AS listed,
       coalesce(e.specialized, false) AS specialized, coalesce(e.highTech, false) AS highTech,
       COLLECT { MATCH (c:CreditCheck)-[:OF]->(e)
                 RETURN c {checkedOn: toString(c.checkedOn), .checkedIn, .dishonestDebtor, .businessAbnormal, .majorViolation, .note}
                 ORDER BY c.checkedOn } AS checks,
       COLLECT { MATCH (e)-[:INVESTS_IN]->(p:Project)
                 RETURN p {.id, .name, .stage, signedOn: toString(p.signedOn), producingOn: toString(p.producingOn),
                           defaultedOn: coalesce(toString(p.defaultedOn),
                                                 COLLECT { MATCH (d:DefaultCase)-[:OF]->(p) RETURN toString(d.openedOn) ORDER BY d.openedOn LIMIT 1 }[0])}
                 ORDER BY p.id } AS projects
