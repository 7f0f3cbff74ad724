// A default (违约) on a project, with its disposal category and deadline.
MATCH (p:Project {id: $projectId})
CREATE (d:DefaultCase {id: $id, openedOn: date($on), disposal: $disposal, description: $description, deadline: date($deadline),
                       status: 'OPEN', stageBefore: $stageBefore, by: $by, at: datetime()})-[:OF]->(p)
RETURN d.id AS id
