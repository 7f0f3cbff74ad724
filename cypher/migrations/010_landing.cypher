// After the signature (五池五办): land plots, funds and their commitments, approval steps, service
// requests, handoffs between the five offices, revitalization records and annual reports.
CREATE CONSTRAINT land_plot_id IF NOT EXISTS FOR (n:LandPlot) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT revitalization_id IF NOT EXISTS FOR (n:Revitalization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT fund_id IF NOT EXISTS FOR (n:Fund) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT fund_commitment_id IF NOT EXISTS FOR (n:FundCommitment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT approval_step_id IF NOT EXISTS FOR (n:ApprovalStep) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT service_request_id IF NOT EXISTS FOR (n:ServiceRequest) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT handoff_id IF NOT EXISTS FOR (n:Handoff) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT annual_report_id IF NOT EXISTS FOR (n:AnnualReport) REQUIRE n.id IS UNIQUE;
CREATE INDEX land_plot_status IF NOT EXISTS FOR (n:LandPlot) ON (n.status);
