// Synthetic ATTENDED edges from an actor or organization to an event; created.
// Parameters: $rows: [{attendee, event, role, sources: [source id]}], one per edge.
// Returns: written, the number of edges created.
UNWIND $rows AS row
MATCH (attendee:Entity {id: row.attendee})
MATCH (event:Entity {id: row.event})
CREATE (attendee)-[:ATTENDED {role: row.role, sources: row.sources}]->(event)
RETURN count(*) AS written
