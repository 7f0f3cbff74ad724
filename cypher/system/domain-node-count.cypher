// Any domain node at all? (count store lookups, cheap)
RETURN COUNT { (:Industry) } + COUNT { (:Enterprise) } + COUNT { (:Park) } AS n
