// Synthetic MENTIONED_IN edges from a node to a source that mentions it; created.
// Parameters: $rows: [{id, source}], one per edge: the elementIds of the node and the source,
//   both created by this run (see sources.cypher).
// Returns: written, the number of edges created.
UNWIND $rows AS row
MATCH (n:Entity) WHERE elementId(n) = row.id
MATCH (source:Entity) WHERE elementId(source) = row.source
CREATE (n)-[:MENTIONED_IN]->(source)
RETURN count(*) AS written
