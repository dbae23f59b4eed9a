// Answers: the stance claims (HOLDS_STANCE edges) with these claim ids, every property read,
// retraction and provenance included (a retracted claim is sent to subscribers as it is now),
// for the stancesChanged subscription. An id no claim has gives no row.
// Parameters: $ids: [claim id].
UNWIND $ids AS id
MATCH (h:Entity)-[r:HOLDS_STANCE {id: id}]->(i:Issue)
RETURN r {
  .id, .stance, .position, .attribution, .quote, .sources, .asOfPrecision,
  asOf: toString(r.asOf), holderId: h.id, issueId: i.id,
  history: r {
    .retractedBy, .retractionReason, .createdBy, .updatedBy,
    retractedAt: toString(r.retractedAt), createdAt: toString(r.createdAt), updatedAt: toString(r.updatedAt)
  }
} AS stance
