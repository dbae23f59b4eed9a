// Answers: for each event id, who ATTENDED it (actors and organizations), with role and
// sources, ordered by attendee id; each attendee whole in end; and the event itself whole
// (self; null for an id of another kind), so that a root field asking for an event's
// attendees costs one query; absent is the id when no node has it. One row per id.
// Parameters: $ids: [event id].
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (s:Entity)-[a:ATTENDED]->(e)
  WITH s, a, e
  ORDER BY s.id
  RETURN collect(a {
    .role, .sources, attendeeId: s.id, eventId: e.id,
    end: CASE WHEN s:Actor THEN s {.id, .name, .aliases, .title, .description, label: 'Actor'}
              ELSE s {.id, .name, .aliases, .kind, .country, .description, label: 'Organization', parent: [(s)-[:PART_OF]->(p) | p.id][0]} END
  }) AS attendances
}
RETURN id, attendances, CASE WHEN e IS NULL THEN id END AS absent,
       CASE WHEN e:Event THEN e {.id, .name, .kind, .status, .datePrecision, .location, .description, date: toString(e.date), label: 'Event'} END AS self
