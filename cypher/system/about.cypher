// Service facts read from the database itself. Label counts come from the count store (O(1)).
CALL dbms.components() YIELD name, versions, edition
WITH name, versions[0] AS version, edition
WHERE name = 'Neo4j Kernel'
RETURN version, edition, {
  Industry: COUNT { (:Industry) },
  ChainLink: COUNT { (:ChainLink) },
  Enterprise: COUNT { (:Enterprise) },
  Person: COUNT { (:Person) },
  Chamber: COUNT { (:Chamber) },
  Association: COUNT { (:Association) },
  Park: COUNT { (:Park) },
  Project: COUNT { (:Project) },
  Team: COUNT { (:Team) },
  City: COUNT { (:City) },
  Town: COUNT { (:Town) },
  Country: COUNT { (:Country) },
  Council: COUNT { (:Council) },
  SigningEvent: COUNT { (:SigningEvent) },
  FollowUp: COUNT { (:FollowUp) },
  Milestone: COUNT { (:Milestone) },
  DefaultCase: COUNT { (:DefaultCase) },
  AuditEntry: COUNT { (:AuditEntry) },
  ImportJob: COUNT { (:ImportJob) },
  BulkLoad: COUNT { (:BulkLoad) },
  Scenario: COUNT { (:Scenario) },
  LandPlot: COUNT { (:LandPlot) },
  Revitalization: COUNT { (:Revitalization) },
  Fund: COUNT { (:Fund) },
  FundCommitment: COUNT { (:FundCommitment) },
  ApprovalStep: COUNT { (:ApprovalStep) },
  ServiceRequest: COUNT { (:ServiceRequest) },
  Handoff: COUNT { (:Handoff) },
  AnnualReport: COUNT { (:AnnualReport) },
  CreditCheck: COUNT { (:CreditCheck) },
  Expert: COUNT { (:Expert) },
  ReviewRequest: COUNT { (:ReviewRequest) },
  Assessment: COUNT { (:Assessment) }
} AS counts
