UNWIND $keys AS key
MATCH (ch:Chamber {id: key})
OPTIONAL MATCH (ch)-[:BASED_IN]->(c:City)
OPTIONAL MATCH (ch)-[:BASED_IN]->(k:Country)
OPTIONAL MATCH (ch)-[:AFFILIATED_WITH]->(co:Council)
RETURN key, {city: c {.*}, country: k {.*}, council: co {.*}} AS item
