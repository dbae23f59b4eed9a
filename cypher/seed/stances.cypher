// HOLDS_STANCE edges (stance claims) from an actor or organization to an issue, created or
// updated by the claim's id; the row's properties replace the edge's, and a null property is
// not stored. asOf is a DATE (first day of its period) with asOfPrecision DAY, MONTH or YEAR.
// A holder may hold several claims on one issue (history is kept): each is its own edge.
// Parameters: $rows: [{id, holder, issue, stance, position, attribution, asOf (ISO date),
//   asOfPrecision, quote, sources: [source id], retractedAt (ISO date-time), retractedBy, retractionReason,
//   createdAt, createdBy, updatedAt, updatedBy}]: a retracted claim keeps its properties (docs/curation.md, History).
// Returns: written, the number of rows written.
UNWIND $rows AS row
MATCH (holder:Entity {id: row.holder})
WHERE holder:Actor OR holder:Organization
MATCH (issue:Issue:Entity {id: row.issue})
MERGE (holder)-[r:HOLDS_STANCE {id: row.id}]->(issue)
SET r = {
  id: row.id,
  stance: row.stance,
  position: row.position,
  attribution: row.attribution,
  asOf: date(row.asOf),
  asOfPrecision: row.asOfPrecision,
  quote: row.quote,
  sources: row.sources,
  retractedAt: datetime(row.retractedAt),
  retractedBy: row.retractedBy,
  retractionReason: row.retractionReason,
  createdAt: datetime(row.createdAt),
  createdBy: row.createdBy,
  updatedAt: datetime(row.updatedAt),
  updatedBy: row.updatedBy
}
RETURN count(*) AS written
