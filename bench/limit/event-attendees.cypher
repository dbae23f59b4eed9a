// The limit for question eventAttendees: one event (its date written to its precision) and
// who attended it in which role, in one query.
// Parameters: $id: an event id.
OPTIONAL MATCH (e:Event {id: $id})
RETURN {event: e {
  .id, .name,
  date: CASE e.datePrecision WHEN 'YEAR' THEN left(toString(e.date), 4) WHEN 'MONTH' THEN left(toString(e.date), 7) ELSE toString(e.date) END,
  attendees: [(s:Entity)-[x:ATTENDED]->(e) | {role: x.role, attendee: s {.id, .name}}]
}} AS data
