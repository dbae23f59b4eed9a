// The limit for question actorStances: one actor, every claim it holds and the claim's issue,
// shaped as stancegraph's answer (`data`), in one query.
// Parameters: $id: an actor id.
OPTIONAL MATCH (a:Actor {id: $id})
RETURN {actor: a {
  .id, .name,
  stances: [(a)-[r:HOLDS_STANCE]->(i:Issue) | r {
    .id, .stance, .position, .attribution,
    asOf: CASE r.asOfPrecision WHEN 'YEAR' THEN left(toString(r.asOf), 4) WHEN 'MONTH' THEN left(toString(r.asOf), 7) ELSE toString(r.asOf) END,
    issue: i {.id, .name}
  }]
}} AS data
