// A record of land brought back into use (盘活), on the plot it came from.
MATCH (l:LandPlot {id: $plotId})
CREATE (r:Revitalization {id: $id, mu: $mu, on: date($on), note: $note, by: $by, at: datetime()})-[:OF]->(l)
