MATCH (s:Scenario {id: $id})
RETURN s {.*} AS node
