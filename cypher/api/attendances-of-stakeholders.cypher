// Answers: for each actor or organization id, the events it ATTENDED, with role and sources,
// in event date order (undated last), then by event id; each event whole in end. One row per id.
// Parameters: $ids: [id].
UNWIND $ids AS id
CALL (id) {
  MATCH (s:Entity {id: id})-[a:ATTENDED]->(e:Event)
  WITH s, a, e
  ORDER BY coalesce(e.date, date('9999-12-31')), e.id
  RETURN collect(a {
    .role, .sources, attendeeId: s.id, eventId: e.id,
    end: e {.id, .name, .kind, .status, .datePrecision, .location, .description, date: toString(e.date), label: 'Event'}
  }) AS attendances
}
RETURN id, attendances
