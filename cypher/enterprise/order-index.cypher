// Sections for reading the enterprise listing in the order of a range index (migration 008): the
// index hint, the firms the index holds (property present), those it does not (read after them,
// as the generic page does: missing values sort last), and the keyset predicate of each ordering,
// from the cursor [s1, s2, uscc] of cypher/common/page-window.cypher (s1 = dir × value).
// @revenueYi_index
USING INDEX n:Enterprise(revenueYi)
// @revenueYi_present
n.revenueYi IS NOT NULL
// @revenueYi_missing
n.revenueYi IS NULL
// @REVENUE_DESC_after
n.revenueYi < -$after[0] OR (n.revenueYi = -$after[0] AND n.uscc > $after[2])
// @REVENUE_ASC_after
n.revenueYi > $after[0] OR (n.revenueYi = $after[0] AND n.uscc > $after[2])
// @employees_index
USING INDEX n:Enterprise(employees)
// @employees_present
n.employees IS NOT NULL
// @employees_missing
n.employees IS NULL
// @EMPLOYEES_DESC_after
n.employees < -$after[0] OR (n.employees = -$after[0] AND n.uscc > $after[2])
// @registeredCapitalYi_index
USING INDEX n:Enterprise(registeredCapitalYi)
// @registeredCapitalYi_present
n.registeredCapitalYi IS NOT NULL
// @registeredCapitalYi_missing
n.registeredCapitalYi IS NULL
// @REGISTERED_CAPITAL_DESC_after
n.registeredCapitalYi < -$after[0] OR (n.registeredCapitalYi = -$after[0] AND n.uscc > $after[2])
// @name_index
USING INDEX n:Enterprise(name)
// @name_present
n.name IS NOT NULL
// @name_missing
n.name IS NULL
// @NAME_ASC_after
n.name > $after[1] OR (n.name = $after[1] AND n.uscc > $after[2])
