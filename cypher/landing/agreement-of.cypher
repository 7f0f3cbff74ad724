MATCH (p:Project {id: $id})
RETURN toString(p.agreedStartOn) AS agreedStartOn, toString(p.agreedProduceOn) AS agreedProduceOn,
       p.promisedInvestmentYi AS promisedInvestmentYi, toString(p.promisedInvestmentByOn) AS promisedInvestmentByOn,
       p.fullOutputYear AS fullOutputYear, p.promisedOutputYi AS promisedOutputYi, p.promisedTaxWan AS promisedTaxWan, p.landMu AS landMu
