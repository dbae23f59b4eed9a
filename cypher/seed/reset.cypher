// Deletes every node and relationship of the data: `npm run seed -- --reset` runs it first,
// inside the same transaction as the writes that follow, so a seed that fails leaves the old
// graph. The API keys and the schema version are not data: they stay.
// Parameters: none. Returns: deleted, the number of nodes deleted.
MATCH (n)
WHERE NOT n:ApiKey AND NOT n:SchemaVersion
DETACH DELETE n
RETURN count(n) AS deleted
