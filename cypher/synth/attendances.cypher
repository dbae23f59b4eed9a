// Synthetic ATTENDED edges from an actor or organization to an event; created.
// Parameters: $rows: [{attendee, event, role, sources: [source id]}], one per edge; attendee
//   and event are the elementIds of nodes this run created (see events.cypher).
// Returns: written, the number of edges created.
UNWIND $rows AS row
MATCH (attendee:Entity) WHERE elementId(attendee) = row.attendee
MATCH (event:Entity) WHERE elementId(event) = row.event
CREATE (attendee)-[:ATTENDED {role: row.role, sources: row.sources}]->(event)
RETURN count(*) AS written
