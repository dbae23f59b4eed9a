// One stance claim with every property and its history, as the API returns it; retracted or
// not. Parameters: $id: the claim's id. Returns: zero or one row: claim (a Stance row:
// dates as ISO strings, history {retractedAt, retractedBy, retractionReason, createdAt,
// createdBy, updatedAt, updatedBy}), props (the stored properties, for an audit entry).
MATCH (h:Entity)-[r:HOLDS_STANCE {id: $id}]->(i:Issue)
RETURN r {
  .id, .stance, .position, .attribution, .quote, .sources, .asOfPrecision,
  asOf: toString(r.asOf), holderId: h.id, issueId: i.id,
  history: r {
    .retractedBy, .retractionReason, .createdBy, .updatedBy,
    retractedAt: toString(r.retractedAt), createdAt: toString(r.createdAt), updatedAt: toString(r.updatedAt)
  }
} AS claim, properties(r) AS props
