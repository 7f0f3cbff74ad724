// Deletes every node and relationship except the migration records (schema stays).
// Used by `npm run db -- reset` and by the test setup on its throw-away database.
MATCH (n) WHERE NOT n:__Migration
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
