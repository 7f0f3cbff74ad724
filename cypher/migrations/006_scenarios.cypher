// Saved planning scenarios (what-ifs and portfolios, src/modules/scenario).
CREATE CONSTRAINT scenario_id IF NOT EXISTS FOR (n:Scenario) REQUIRE n.id IS UNIQUE;
CREATE INDEX scenario_created IF NOT EXISTS FOR (n:Scenario) ON (n.createdAt);
