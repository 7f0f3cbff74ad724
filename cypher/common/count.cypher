// Count tail for a filter file (totalCount, computed only when asked).
RETURN count(*) AS total
