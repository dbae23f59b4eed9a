// Answers: for each event id, who ATTENDED it (actors and organizations), with role and
// sources, ordered by attendee id. One row per id.
// Parameters: $ids: [event id].
UNWIND $ids AS id
CALL (id) {
  MATCH (s:Entity)-[a:ATTENDED]->(e:Event {id: id})
  WITH s, a, e
  ORDER BY s.id
  RETURN collect(a {.role, .sources, attendeeId: s.id, eventId: e.id}) AS attendances
}
RETURN id, attendances
