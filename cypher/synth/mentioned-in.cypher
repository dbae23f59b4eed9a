// Synthetic MENTIONED_IN edges from a node to a source that mentions it; created.
// Parameters: $rows: [{id, source}], one per edge.
// Returns: written, the number of edges created.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
MATCH (source:Entity {id: row.source})
CREATE (n)-[:MENTIONED_IN]->(source)
RETURN count(*) AS written
