// Projects signed in a window, for the calibration (校准): each is assessed as of its signing day.
MATCH (p:Project)
WHERE p.signedOn IS NOT NULL AND p.signedOn >= date($from) AND p.signedOn <= date($to)
RETURN p.id AS id
ORDER BY p.signedOn, p.id
