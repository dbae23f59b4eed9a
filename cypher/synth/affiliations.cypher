// Synthetic AFFILIATED_WITH edges from an actor to an organization; created.
// Parameters: $rows: [{actor, organization, role, sources: [source id]}], one per edge; actor
//   and organization are the elementIds of nodes this run created (see actors.cypher).
// Returns: written, the number of edges created.
UNWIND $rows AS row
MATCH (actor:Entity) WHERE elementId(actor) = row.actor
MATCH (organization:Entity) WHERE elementId(organization) = row.organization
CREATE (actor)-[:AFFILIATED_WITH {role: row.role, sources: row.sources}]->(organization)
RETURN count(*) AS written
