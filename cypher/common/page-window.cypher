// Keyset page window. The filter file before it ends with
//   WITH n AS node, <number> AS s1, <string> AS s2, <unique key> AS k
// $after is the decoded cursor [s1, s2, k] of the last row seen, or null for the first page.
WITH node, s1, s2, k
WHERE $after IS NULL
   OR s1 > $after[0]
   OR (s1 = $after[0] AND (s2 > $after[1] OR (s2 = $after[1] AND k > $after[2])))
WITH node, s1, s2, k
ORDER BY s1, s2, k
LIMIT toInteger($limit)
