// Sum tail for the project filter: the investment of every project matching it (totalAmountYi, computed only when asked).
RETURN sum(coalesce(node.amountYi, 0.0)) AS amountYi
