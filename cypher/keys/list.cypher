// The API keys kept in the graph, without their digests (npm run key -- list).
// Parameters: none.
MATCH (k:ApiKey)
RETURN k.name AS name, k.role AS role, toString(k.createdAt) AS createdAt
ORDER BY name
