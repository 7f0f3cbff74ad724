// Which of $keys already exist as nodes of $label. The label only selects a branch of fixed
// text; it is never spliced into the query.
CALL (*) {
  WITH * WHERE $label = 'Country' MATCH (n:Country) WHERE n.code IN $keys RETURN n.code AS key
  UNION WITH * WHERE $label = 'City' MATCH (n:City) WHERE n.code IN $keys RETURN n.code AS key
  UNION WITH * WHERE $label = 'Town' MATCH (n:Town) WHERE n.code IN $keys RETURN n.code AS key
  UNION WITH * WHERE $label = 'Industry' MATCH (n:Industry) WHERE n.code IN $keys RETURN n.code AS key
  UNION WITH * WHERE $label = 'ChainLink' MATCH (n:ChainLink) WHERE n.code IN $keys RETURN n.code AS key
  UNION WITH * WHERE $label = 'Council' MATCH (n:Council) WHERE n.id IN $keys RETURN n.id AS key
  UNION WITH * WHERE $label = 'Park' MATCH (n:Park) WHERE n.id IN $keys RETURN n.id AS key
  UNION WITH * WHERE $label = 'Enterprise' MATCH (n:Enterprise) WHERE n.uscc IN $keys RETURN n.uscc AS key
  UNION WITH * WHERE $label = 'Person' MATCH (n:Person) WHERE n.id IN $keys RETURN n.id AS key
  UNION WITH * WHERE $label = 'Chamber' MATCH (n:Chamber) WHERE n.id IN $keys RETURN n.id AS key
  UNION WITH * WHERE $label = 'Association' MATCH (n:Association) WHERE n.id IN $keys RETURN n.id AS key
  UNION WITH * WHERE $label = 'Team' MATCH (n:Team) WHERE n.id IN $keys RETURN n.id AS key
  UNION WITH * WHERE $label = 'SigningEvent' MATCH (n:SigningEvent) WHERE n.id IN $keys RETURN n.id AS key
  UNION WITH * WHERE $label = 'Project' MATCH (n:Project) WHERE n.id IN $keys RETURN n.id AS key
  UNION WITH * WHERE $label = 'LandPlot' MATCH (n:LandPlot) WHERE n.id IN $keys RETURN n.id AS key
  UNION WITH * WHERE $label = 'Fund' MATCH (n:Fund) WHERE n.id IN $keys RETURN n.id AS key
  UNION WITH * WHERE $label = 'FundCommitment' MATCH (n:FundCommitment) WHERE n.id IN $keys RETURN n.id AS key
  UNION WITH * WHERE $label = 'ServiceRequest' MATCH (n:ServiceRequest) WHERE n.id IN $keys RETURN n.id AS key
  UNION WITH * WHERE $label = 'Handoff' MATCH (n:Handoff) WHERE n.id IN $keys RETURN n.id AS key
  UNION WITH * WHERE $label = 'Expert' MATCH (n:Expert) WHERE n.id IN $keys RETURN n.id AS key
}
RETURN key
