MERGE (m:__Migration {id: $id})
SET m.checksum = $checksum, m.appliedAt = datetime(), m.statements = $statements
