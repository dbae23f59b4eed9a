// The API keys kept in the graph (npm run key), for the API to check credentials against:
// each key's name, role and the SHA-256 of the key (the key itself is stored nowhere).
// Parameters: none.
MATCH (k:ApiKey)
RETURN k.name AS name, k.role AS role, k.sha256 AS sha256
