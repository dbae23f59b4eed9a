// Whether the graph holds no node at all (so a start-up can decide to seed it).
// Parameters: none. Returns: empty (boolean).
RETURN NOT EXISTS { MATCH (n) } AS empty
