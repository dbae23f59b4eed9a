// Deletes up to $limit synthetic stance claims (ids starting with $prefix); run in a loop,
// one transaction each, until it deletes none, so no transaction outgrows the heap.
// Parameters: $prefix (string), $limit (integer).
// Returns: deleted, the number of claims deleted.
MATCH ()-[r:HOLDS_STANCE]->()
WHERE r.id STARTS WITH $prefix
WITH r LIMIT toInteger($limit)
DELETE r
RETURN count(*) AS deleted
