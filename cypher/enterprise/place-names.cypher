// Names of the places firm names may start with (cities, provinces, countries), for entity resolution.
CALL () { MATCH (c:City) RETURN collect(DISTINCT c.name) + collect(DISTINCT c.provinceName) AS cities }
CALL () { MATCH (c:Country) RETURN collect(DISTINCT c.name) AS countries }
RETURN [n IN cities + countries WHERE n IS NOT NULL] AS names
