// One entity by its key (node(id)): each branch an index seek on one label's key; $type, when given,
// is one of these label names; $uscc is the key in upper case (how USCCs are stored) (checked against a fixed list in src/modules/node), never spliced in.
CALL () {
  MATCH (n:Enterprise {uscc: $uscc}) WHERE $type IS NULL OR $type = 'Enterprise' RETURN n, 'Enterprise' AS type
  UNION ALL
  MATCH (n:Industry {code: $key}) WHERE $type IS NULL OR $type = 'Industry' RETURN n, 'Industry' AS type
  UNION ALL
  MATCH (n:ChainLink {code: $key}) WHERE $type IS NULL OR $type = 'ChainLink' RETURN n, 'ChainLink' AS type
  UNION ALL
  MATCH (n:Person {id: $key}) WHERE $type IS NULL OR $type = 'Person' RETURN n, 'Person' AS type
  UNION ALL
  MATCH (n:Chamber {id: $key}) WHERE $type IS NULL OR $type = 'Chamber' RETURN n, 'Chamber' AS type
  UNION ALL
  MATCH (n:Association {id: $key}) WHERE $type IS NULL OR $type = 'Association' RETURN n, 'Association' AS type
  UNION ALL
  MATCH (n:Council {id: $key}) WHERE $type IS NULL OR $type = 'Council' RETURN n, 'Council' AS type
  UNION ALL
  MATCH (n:Park {id: $key}) WHERE $type IS NULL OR $type = 'Park' RETURN n, 'Park' AS type
  UNION ALL
  MATCH (n:Project {id: $key}) WHERE $type IS NULL OR $type = 'Project' RETURN n, 'Project' AS type
  UNION ALL
  MATCH (n:Team {id: $key}) WHERE $type IS NULL OR $type = 'Team' RETURN n, 'Team' AS type
  UNION ALL
  MATCH (n:City {code: $key}) WHERE $type IS NULL OR $type = 'City' RETURN n, 'City' AS type
  UNION ALL
  MATCH (n:Town {code: $key}) WHERE $type IS NULL OR $type = 'Town' RETURN n, 'Town' AS type
  UNION ALL
  MATCH (n:Country {code: $key}) WHERE $type IS NULL OR $type = 'Country' RETURN n, 'Country' AS type
  UNION ALL
  MATCH (n:SigningEvent {id: $key}) WHERE $type IS NULL OR $type = 'SigningEvent' RETURN n, 'SigningEvent' AS type
  UNION ALL
  MATCH (n:Scenario {id: $key}) WHERE $type IS NULL OR $type = 'Scenario' RETURN n, 'Scenario' AS type
}
RETURN type, n {.*, searchText: null} AS node
ORDER BY type
LIMIT 5
