// AFFILIATED_WITH edges from an actor to an organization: one per (actor, organization) pair,
// created or updated; the row's properties replace the edge's, and a null role is not stored.
// Parameters: $rows: [{actor, organization, role, sources: [source id], createdAt, createdBy, updatedAt, updatedBy}].
// Returns: written, the number of rows written.
UNWIND $rows AS row
MATCH (actor:Actor:Entity {id: row.actor})
MATCH (organization:Organization:Entity {id: row.organization})
MERGE (actor)-[r:AFFILIATED_WITH]->(organization)
SET r = {
  role: row.role,
  sources: row.sources,
  createdAt: datetime(row.createdAt),
  createdBy: row.createdBy,
  updatedAt: datetime(row.updatedAt),
  updatedBy: row.updatedBy
}
RETURN count(*) AS written
