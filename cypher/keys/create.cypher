// Stores a new API key by its SHA-256 (npm run key -- create); the uniqueness constraints
// on name and sha256 (schema.cypher) refuse a second key of the same name.
// Parameters: $name (who the key is for), $role (curator or admin), $sha256 (hex digest of the key).
CREATE (k:ApiKey {name: $name, role: $role, sha256: $sha256, createdAt: datetime()})
RETURN k.name AS name
