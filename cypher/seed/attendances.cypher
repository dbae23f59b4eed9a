// ATTENDED edges from an actor or organization to an event: one per (attendee, event) pair,
// created or updated; the row's properties replace the edge's, and a null role is not stored.
// Parameters: $rows: [{attendee, event, role, sources: [source id], createdAt, createdBy, updatedAt, updatedBy}].
// Returns: written, the number of rows written.
UNWIND $rows AS row
MATCH (attendee:Entity {id: row.attendee})
WHERE attendee:Actor OR attendee:Organization
MATCH (event:Event:Entity {id: row.event})
MERGE (attendee)-[r:ATTENDED]->(event)
SET r = {
  role: row.role,
  sources: row.sources,
  createdAt: datetime(row.createdAt),
  createdBy: row.createdBy,
  updatedAt: datetime(row.updatedAt),
  updatedBy: row.updatedBy
}
RETURN count(*) AS written
