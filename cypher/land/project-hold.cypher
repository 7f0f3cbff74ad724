// Whether a project exists, where it stands, and the plots it already holds.
MATCH (p:Project {id: $projectId})
RETURN p.id AS id, p.name AS name, p.stage AS stage, [(p)-[:LOCATED_IN]->(k:Park) | k.id][0] AS parkId,
       COLLECT { MATCH (l:LandPlot)-[:FOR_PROJECT]->(p) RETURN l.id ORDER BY l.id } AS plotIds
