// Answers: for each actor or organization id, the events it ATTENDED, with role and sources,
// in event date order (undated last), then by event id; each event whole in end. One row per id.
// Shapes: attendances are attendance tuples and nodes node tuples (src/graph/tuples.ts).
// Parameters: $ids: [id].
UNWIND $ids AS id
CALL (id) {
  MATCH (s:Entity {id: id})-[a:ATTENDED]->(e:Event)
  WITH s, a, e
  ORDER BY coalesce(e.date, date('9999-12-31')), e.id
  RETURN collect([s.id, e.id, a.role, a.sources, ['Event', e.id, e.name, e.kind, e.status, e.datePrecision, e.location, e.description, toString(e.date)]]) AS attendances
}
RETURN id, attendances
