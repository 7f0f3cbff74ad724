// Every import and every write, in its own transaction, gives the graph a new version token; caches of derived
// data (chain-gap analysis) are keyed by it, so they are never stale after an import.
MERGE (v:__GraphVersion {id: 'graph'})
SET v.token = randomUUID(), v.updatedAt = datetime()
