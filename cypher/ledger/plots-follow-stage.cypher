// A project's plots follow its stage: allocated land is built on at 开工 and producing at 投产.
MATCH (l:LandPlot)-[:FOR_PROJECT]->(:Project {id: $projectId})
WHERE l.status IN $from
WITH l, l.status AS before
SET l.status = $status, l.statusOn = date($on), l.version = coalesce(l.version, 0) + 1
RETURN l.id AS id, before
