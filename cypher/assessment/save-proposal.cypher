// A project's proposal terms (项目申报要素), set on the project (null removes a term).
MATCH (p:Project {id: $id})
SET p.proposedLandMu = $proposedLandMu, p.proposedFactorySqm = $proposedFactorySqm, p.proposedOutputYi = $proposedOutputYi,
    p.proposedTaxWan = $proposedTaxWan, p.yearsToFullOutput = $yearsToFullOutput, p.fundingSecuredShare = $fundingSecuredShare,
    p.fundingSources = $fundingSources, p.products = $products, p.siteZoning = $siteZoning
