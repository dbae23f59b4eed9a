// The limit for question eventOverview: one event (its date written to its precision), who
// attended it in which role, and the issues it concerns, in one query.
// Parameters: $id: an event id.
OPTIONAL MATCH (e:Event {id: $id})
RETURN {event: e {
  .id, .name, .kind, .location,
  date: CASE e.datePrecision WHEN 'YEAR' THEN left(toString(e.date), 4) WHEN 'MONTH' THEN left(toString(e.date), 7) ELSE toString(e.date) END,
  attendees: [(s:Entity)-[x:ATTENDED]->(e) | {role: x.role, attendee: s {.id, .name}}],
  issues: [(e)-[:CONCERNS]->(i:Issue) | i {.id, .name}]
}} AS data
