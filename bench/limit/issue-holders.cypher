// The limit for question issueHolders: one issue, every claim on it and the claim's holder,
// shaped as stancegraph's answer (`data`), in one query.
// Parameters: $id: an issue id.
OPTIONAL MATCH (i:Issue {id: $id})
RETURN {issue: i {
  .id, .name,
  stances: [(h:Entity)-[r:HOLDS_STANCE]->(i) | {id: r.id, stance: r.stance, holder: h {.id, .name}}]
}} AS data
