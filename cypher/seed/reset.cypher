// Deletes every node and relationship: `npm run seed -- --reset` runs it first, inside the
// same transaction as the writes that follow, so a seed that fails leaves the old graph.
// Parameters: none. Returns: deleted, the number of nodes deleted.
MATCH (n)
DETACH DELETE n
RETURN count(n) AS deleted
