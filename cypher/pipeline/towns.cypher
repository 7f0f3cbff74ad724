// The towns named by the statistics' lines.
MATCH (t:Town)
WHERE t.code IN $codes
RETURN t {.*} AS node
ORDER BY t.code
