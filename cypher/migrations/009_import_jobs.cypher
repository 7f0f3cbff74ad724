// Import jobs (导入任务): one node per POST /import, readable from every instance of the service.
CREATE CONSTRAINT import_job_id IF NOT EXISTS FOR (n:ImportJob) REQUIRE n.id IS UNIQUE;
CREATE INDEX import_job_created IF NOT EXISTS FOR (n:ImportJob) ON (n.createdAt);
