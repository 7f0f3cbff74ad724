RETURN EXISTS { MATCH (:Team {id: $teamId}) } AS team, EXISTS { MATCH (:Enterprise {uscc: $uscc}) } AS enterprise
