// Answers: for each issue id, the events that CONCERN it, in date order (undated last),
// then by event id. One row per id.
// Shapes: nodes are node tuples (src/graph/tuples.ts).
// Parameters: $ids: [issue id].
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Event)-[:CONCERNS]->(:Issue {id: id})
  WITH n
  ORDER BY coalesce(n.date, date('9999-12-31')), n.id
  RETURN collect(['Event', n.id, n.name, n.kind, n.status, n.datePrecision, n.location, n.description, toString(n.date)]) AS events
}
RETURN id, events
