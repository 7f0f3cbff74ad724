MATCH (r:ServiceRequest {id: $id})
SET r.status = 'RESOLVED', r.resolvedOn = date($on), r.resolution = $resolution, r.resolvedBy = $by
