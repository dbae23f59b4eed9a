// Synthetic AFFILIATED_WITH edges from an actor to an organization; created.
// Parameters: $rows: [{actor, organization, role, sources: [source id]}], one per edge.
// Returns: written, the number of edges created.
UNWIND $rows AS row
MATCH (actor:Entity {id: row.actor})
MATCH (organization:Entity {id: row.organization})
CREATE (actor)-[:AFFILIATED_WITH {role: row.role, sources: row.sources}]->(organization)
RETURN count(*) AS written
