// The 领导小组's decision on a project's assessment, with the model's score and the experts' median then.
MATCH (p:Project {id: $projectId})
CREATE (a:Assessment {id: $id, decidedOn: date($on), verdict: $verdict, conditions: $conditions, note: $note,
                      modelScore: $modelScore, modelVerdict: $modelVerdict, expertMedian: $expertMedian, reviews: $reviews,
                      decidedBy: $by, at: datetime()})
CREATE (a)-[:OF]->(p)
