// Range indexes for the filters analysts use most.
CREATE INDEX enterprise_is_target IF NOT EXISTS FOR (n:Enterprise) ON (n.isTarget);
CREATE INDEX enterprise_is_local IF NOT EXISTS FOR (n:Enterprise) ON (n.isLocal);
CREATE INDEX project_stage IF NOT EXISTS FOR (n:Project) ON (n.stage);
CREATE INDEX project_signed_on IF NOT EXISTS FOR (n:Project) ON (n.signedOn);
CREATE INDEX park_town IF NOT EXISTS FOR (n:Park) ON (n.townCode);
