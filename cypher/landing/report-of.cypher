MATCH (r:AnnualReport {id: $projectId + ':' + toString($year)})
RETURN r.year AS year, r.investedYi AS investedYi, r.outputYi AS outputYi, r.taxWan AS taxWan, r.employees AS employees
