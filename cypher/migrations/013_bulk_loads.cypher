// Batched loads (分批导入): one node per load, its cursor committed with each batch so a stopped load resumes.
CREATE CONSTRAINT bulk_load_id IF NOT EXISTS FOR (n:BulkLoad) REQUIRE n.id IS UNIQUE;
CREATE INDEX bulk_load_fingerprint IF NOT EXISTS FOR (n:BulkLoad) ON (n.fingerprint);
