// The state of the projects an import is about to write (and has written), as the audit compares it:
// their properties and references, as cypher/ledger/project-state.cypher reads one.
UNWIND $keys AS key
MATCH (n:Project {id: key})
RETURN key, n {.*, searchText: null, version: null, _lock: null} AS props,
       {industryCode: [(n)-[:IN_INDUSTRY]->(x:Industry) | x.code][0],
        investorUscc: [(x:Enterprise)-[:INVESTS_IN]->(n) | x.uscc][0],
        parkId: [(n)-[:LOCATED_IN]->(x:Park) | x.id][0],
        teamId: [(x:Team)-[:RESPONSIBLE_FOR]->(n) | x.id][0],
        linkCodes: COLLECT { MATCH (n)-[:FILLS]->(l:ChainLink) RETURN l.code ORDER BY l.code },
        // What the landing files attach to the project, so an import that changes them is audited.
        landing: COLLECT { MATCH (r)-[:OF|FOR|TO]->(n) WHERE r:ApprovalStep OR r:ServiceRequest OR r:Handoff OR r:AnnualReport OR r:FundCommitment
                           RETURN r {.*} ORDER BY r.id }} AS refs
