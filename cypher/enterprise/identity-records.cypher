// Every enterprise's identity (name, city, executives), for entity resolution (src/domain/entity-names.ts).
MATCH (e:Enterprise)
OPTIONAL MATCH (e)-[:LOCATED_IN]->(c:City)
RETURN e.uscc AS uscc, e.name AS name, c.code AS cityCode, [(e)<-[:EXECUTIVE_OF]-(p:Person) | p.id] AS executives
ORDER BY uscc
