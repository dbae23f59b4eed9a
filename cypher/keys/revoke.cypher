// Revokes an API key: its node is deleted, and every replica hears of it from the change
// feed (or re-reads the keys within STANCEGRAPH_KEYS_TTL_MS without one).
// Parameters: $name (the key's name). Returns how many keys were revoked (0 or 1).
MATCH (k:ApiKey {name: $name})
DELETE k
RETURN count(*) AS revoked
