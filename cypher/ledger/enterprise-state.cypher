// An enterprise's editable state as an audit entry compares it: properties and places.
MATCH (e:Enterprise {uscc: $uscc})
RETURN e {.*, searchText: null} AS node,
       [(e)-[:LOCATED_IN]->(c:City) | c.code][0] AS cityCode,
       [(e)-[:LOCATED_IN]->(k:Country) | k.code][0] AS countryCode
