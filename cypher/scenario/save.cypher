// Saves a planning scenario with its input, a summary of its answer and the graph version it was computed on.
CREATE (s:Scenario {id: $id, name: $name, note: $note, kind: $kind, input: $input, summary: $summary,
                    graphVersion: $graphVersion, createdBy: $createdBy, createdAt: $createdAt})
RETURN s {.*} AS node
