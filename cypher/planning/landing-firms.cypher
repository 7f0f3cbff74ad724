// The firms of a what-if (simulateLanding): what they make, where, and what they trade with local firms.
UNWIND $usccs AS uscc
MATCH (t:Enterprise {uscc: uscc})
RETURN t {.uscc, .name, .revenueYi, .chainLeader} AS firm,
       [(t)-[r:OPERATES_IN]->(l:ChainLink)-[:IN_CHAIN]->(i:Industry) | {code: l.code, evidence: r.evidence, industryCode: i.code}] AS links,
       [(t)-[s:SUPPLIES]->(e) WHERE e.isLocal = true | {linkCode: s.linkCode, valueYi: s.annualValueYi}] AS sells,
       [(e)-[s:SUPPLIES]->(t) WHERE e.isLocal = true | {linkCode: s.linkCode, valueYi: s.annualValueYi}] AS buys
