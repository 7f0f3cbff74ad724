// Which of the given chains and person exist (an expert write names only what is there).
RETURN COLLECT { MATCH (i:Industry) WHERE i.code IN $industryCodes RETURN i.code } AS industryCodes,
       EXISTS { MATCH (p:Person {id: $personId}) } AS personFound
