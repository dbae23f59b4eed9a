// Answers: the stance claims (HOLDS_STANCE edges) with these claim ids, every property read,
// retraction and provenance included (a retracted claim is sent to subscribers as it is now),
// for the stancesChanged subscription. An id no claim has gives no row.
// Shapes: stance is a claim tuple with its detail and history, end null (src/graph/tuples.ts).
// Parameters: $ids: [claim id].
UNWIND $ids AS id
MATCH (h:Entity)-[r:HOLDS_STANCE {id: id}]->(i:Issue)
RETURN [
  r.id, r.stance, toString(r.asOf), h.id, i.id,
  [r.position, r.attribution, r.quote, r.sources, r.asOfPrecision], null,
  r {
    .retractedBy, .retractionReason, .createdBy, .updatedBy,
    retractedAt: toString(r.retractedAt), createdAt: toString(r.createdAt), updatedAt: toString(r.updatedAt)
  }
] AS stance
