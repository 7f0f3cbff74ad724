// The system of record (招商台账): audit entries, idempotent requests and the records teams write.
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT request_id IF NOT EXISTS FOR (n:__Request) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT follow_up_id IF NOT EXISTS FOR (n:FollowUp) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT milestone_id IF NOT EXISTS FOR (n:Milestone) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT default_case_id IF NOT EXISTS FOR (n:DefaultCase) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_entry_key IF NOT EXISTS FOR (n:AuditEntry) ON (n.entityKey);
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);
