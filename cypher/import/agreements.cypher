// A project's agreement terms and lead office (五办联动), set on the project itself.
UNWIND $rows AS row
MATCH (p:Project {id: row.projectId})
SET p.approvalTemplate = row.approvalTemplate, p.leadOffice = row.leadOffice,
    p.agreedStartOn = row.agreedStartOn, p.agreedProduceOn = row.agreedProduceOn,
    p.promisedInvestmentYi = row.promisedInvestmentYi, p.promisedInvestmentByOn = row.promisedInvestmentByOn,
    p.fullOutputYear = row.fullOutputYear, p.promisedOutputYi = row.promisedOutputYi,
    p.promisedTaxWan = row.promisedTaxWan, p.landMu = row.landMu
