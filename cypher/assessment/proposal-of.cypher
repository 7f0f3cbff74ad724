// Projects' recorded proposal terms (项目申报要素).
UNWIND $keys AS key
MATCH (p:Project {id: key})
RETURN key, p {.proposedLandMu, .proposedFactorySqm, .proposedOutputYi, .proposedTaxWan, .yearsToFullOutput, .fundingSecuredShare,
               fundingSources: coalesce(p.fundingSources, []), products: coalesce(p.products, []), .siteZoning} AS item
