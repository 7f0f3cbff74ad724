MATCH (d:DefaultCase {id: $id})
SET d.status = 'RESOLVED', d.resolvedOn = date($on), d.resolution = $resolution, d.resolvedBy = $by
