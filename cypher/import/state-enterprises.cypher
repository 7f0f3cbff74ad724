// The state of the enterprises an import is about to write (and has written), as the audit compares
// it: their properties and places, as cypher/ledger/enterprise-state.cypher reads one.
UNWIND $keys AS key
MATCH (n:Enterprise {uscc: key})
RETURN key, n {.*, searchText: null, version: null, _lock: null} AS props,
       {cityCode: [(n)-[:LOCATED_IN]->(c:City) | c.code][0],
        countryCode: [(n)-[:LOCATED_IN]->(k:Country) | k.code][0],
        // Its credit checks (信用核查), so an import that adds or changes one is audited.
        creditChecks: COLLECT { MATCH (c:CreditCheck)-[:OF]->(n) RETURN c {.*, checkedOn: toString(c.checkedOn)} ORDER BY c.id }} AS refs
