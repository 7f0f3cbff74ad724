MATCH (c:City {code: $code})
RETURN c {.*} AS node
