// Answers: for each issue id, the events that CONCERN it, in date order (undated last),
// then by event id. One row per id.
// Parameters: $ids: [issue id].
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Event)-[:CONCERNS]->(:Issue {id: id})
  WITH n
  ORDER BY coalesce(n.date, date('9999-12-31')), n.id
  RETURN collect(n {
    .id, .name, .kind, .status, .datePrecision, .location, .description,
    date: toString(n.date), label: 'Event'
  }) AS events
}
RETURN id, events
