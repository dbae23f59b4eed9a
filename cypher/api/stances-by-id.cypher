// Answers: the stance claims (HOLDS_STANCE edges) with these claim ids, every property read,
// for the stancesChanged subscription. An id no claim has gives no row.
// Shapes: stance is a claim tuple with its detail, end and history null (src/api/tuples.ts).
// Parameters: $ids: [claim id].
UNWIND $ids AS id
MATCH (h:Entity)-[r:HOLDS_STANCE {id: id}]->(i:Issue)
RETURN [
  r.id, r.stance, toString(r.asOf), h.id, i.id,
  [r.position, r.attribution, r.quote, r.sources, r.asOfPrecision], null, null
] AS stance
