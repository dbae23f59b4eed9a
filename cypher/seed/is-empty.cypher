// Whether the graph holds no data at all (so a start-up can decide to seed it); API keys and
// the schema version are not data.
// Parameters: none. Returns: empty (boolean).
RETURN NOT EXISTS { MATCH (n) WHERE NOT n:ApiKey AND NOT n:SchemaVersion } AS empty
