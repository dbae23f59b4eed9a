// Answers: the stance claims (HOLDS_STANCE edges) with these claim ids, every property read,
// for the stancesChanged subscription. An id no claim has gives no row.
// Parameters: $ids: [claim id].
UNWIND $ids AS id
MATCH (h:Entity)-[r:HOLDS_STANCE {id: id}]->(i:Issue)
RETURN r {
  .id, .stance, .position, .attribution, .quote, .sources, .asOfPrecision,
  asOf: toString(r.asOf), holderId: h.id, issueId: i.id
} AS stance
