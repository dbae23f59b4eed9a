// Deletes up to $limit synthetic nodes (ids starting with $prefix) with their remaining
// edges; run in a loop, one transaction each, after delete-claims, until it deletes none.
// Parameters: $prefix (string), $limit (integer).
// Returns: deleted, the number of nodes deleted.
MATCH (n:Entity)
WHERE n.id STARTS WITH $prefix
WITH n LIMIT toInteger($limit)
DETACH DELETE n
RETURN count(*) AS deleted
