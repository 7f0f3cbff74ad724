// Whether a firm is in the graph.
RETURN EXISTS { MATCH (:Enterprise {uscc: $uscc}) } AS found
