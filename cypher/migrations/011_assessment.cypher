// 项目预评估 and the 招商专家库: experts, their review requests, the decisions taken, and firms' credit checks.
CREATE CONSTRAINT expert_id IF NOT EXISTS FOR (n:Expert) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT review_request_id IF NOT EXISTS FOR (n:ReviewRequest) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT assessment_id IF NOT EXISTS FOR (n:Assessment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT credit_check_id IF NOT EXISTS FOR (n:CreditCheck) REQUIRE n.id IS UNIQUE;
