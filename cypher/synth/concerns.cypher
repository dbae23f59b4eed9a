// Synthetic CONCERNS edges from an event to an issue, carrying the event's sources; created.
// Parameters: $rows: [{event, issue, sources: [source id]}], one per edge; event and issue are
//   the elementIds of nodes this run created (see events.cypher).
// Returns: written, the number of edges created.
UNWIND $rows AS row
MATCH (event:Entity) WHERE elementId(event) = row.event
MATCH (issue:Entity) WHERE elementId(issue) = row.issue
CREATE (event)-[:CONCERNS {sources: row.sources}]->(issue)
RETURN count(*) AS written
