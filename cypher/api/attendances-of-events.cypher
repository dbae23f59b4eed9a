// Answers: for each event id, who ATTENDED it (actors and organizations), with role and
// sources, ordered by attendee id; each attendee whole in end. One row per id.
// Parameters: $ids: [event id].
UNWIND $ids AS id
CALL (id) {
  MATCH (s:Entity)-[a:ATTENDED]->(e:Event {id: id})
  WITH s, a, e
  ORDER BY s.id
  RETURN collect(a {
    .role, .sources, attendeeId: s.id, eventId: e.id,
    end: CASE WHEN s:Actor THEN s {.id, .name, .aliases, .title, .description, label: 'Actor'}
              ELSE s {.id, .name, .aliases, .kind, .country, .description, label: 'Organization', parent: [(s)-[:PART_OF]->(p) | p.id][0]} END
  }) AS attendances
}
RETURN id, attendances
