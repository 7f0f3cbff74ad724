// A project's agreement terms (协议约定); a null leaves the term as it was.
MATCH (p:Project {id: $id})
SET p.agreedStartOn = CASE WHEN $agreedStartOn IS NULL THEN p.agreedStartOn ELSE date($agreedStartOn) END,
    p.agreedProduceOn = CASE WHEN $agreedProduceOn IS NULL THEN p.agreedProduceOn ELSE date($agreedProduceOn) END,
    p.promisedInvestmentYi = coalesce($promisedInvestmentYi, p.promisedInvestmentYi),
    p.promisedInvestmentByOn = CASE WHEN $promisedInvestmentByOn IS NULL THEN p.promisedInvestmentByOn ELSE date($promisedInvestmentByOn) END,
    p.fullOutputYear = coalesce($fullOutputYear, p.fullOutputYear),
    p.promisedOutputYi = coalesce($promisedOutputYi, p.promisedOutputYi),
    p.promisedTaxWan = coalesce($promisedTaxWan, p.promisedTaxWan),
    p.landMu = coalesce($landMu, p.landMu)
RETURN toString(p.agreedStartOn) AS agreedStartOn, toString(p.agreedProduceOn) AS agreedProduceOn,
       p.promisedInvestmentYi AS promisedInvestmentYi, toString(p.promisedInvestmentByOn) AS promisedInvestmentByOn,
       p.fullOutputYear AS fullOutputYear, p.promisedOutputYi AS promisedOutputYi, p.promisedTaxWan AS promisedTaxWan, p.landMu AS landMu
