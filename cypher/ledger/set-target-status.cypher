MATCH (e:Enterprise {uscc: $uscc})
SET e.targetStatus = $status, e.targetStatusReason = $reason, e.targetStatusOn = date($on), e.version = $version
