// Whether the graph holds synthetic data: the first node whose id starts with the prefix
// (served by the Entity id index), and how many such nodes there are.
// Parameters: $prefix (string, 'synth-').
// Returns: one row {first, nodes}; first is null when there is none.
MATCH (n:Entity)
WHERE n.id STARTS WITH $prefix
RETURN min(n.id) AS first, count(n) AS nodes
