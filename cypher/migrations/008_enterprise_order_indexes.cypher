// Range indexes for the enterprise listing's orderings: a page is read in index order and stops
// after one page, instead of sorting every firm that passes the filter (docs/performance.md).
CREATE INDEX enterprise_revenue IF NOT EXISTS FOR (n:Enterprise) ON (n.revenueYi);
CREATE INDEX enterprise_employees IF NOT EXISTS FOR (n:Enterprise) ON (n.employees);
CREATE INDEX enterprise_registered_capital IF NOT EXISTS FOR (n:Enterprise) ON (n.registeredCapitalYi);
CREATE INDEX enterprise_name IF NOT EXISTS FOR (n:Enterprise) ON (n.name);
