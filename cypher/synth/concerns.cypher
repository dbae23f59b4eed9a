// Synthetic CONCERNS edges from an event to an issue, carrying the event's sources; created.
// Parameters: $rows: [{event, issue, sources: [source id]}], one per edge.
// Returns: written, the number of edges created.
UNWIND $rows AS row
MATCH (event:Entity {id: row.event})
MATCH (issue:Entity {id: row.issue})
CREATE (event)-[:CONCERNS {sources: row.sources}]->(issue)
RETURN count(*) AS written
