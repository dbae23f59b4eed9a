// Answers: for each event id, who ATTENDED it (actors and organizations), with role and
// sources, ordered by attendee id; each attendee whole in end; and the event itself whole
// (self; null for an id of another kind), so that a root field asking for an event's
// attendees costs one query; absent is the id when no node has it. One row per id.
// Shapes: attendances are attendance tuples and nodes node tuples (src/graph/tuples.ts).
// Parameters: $ids: [event id].
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (s:Entity)-[a:ATTENDED]->(e)
  WITH s, a, e
  ORDER BY s.id
  RETURN collect([
    s.id, e.id, a.role, a.sources,
    CASE WHEN s:Actor THEN ['Actor', s.id, s.name, s.aliases, s.title, s.description]
         ELSE ['Organization', s.id, s.name, s.aliases, s.kind, s.country, s.description, [(s)-[:PART_OF]->(p) | p.id][0]] END
  ]) AS attendances
}
RETURN id, attendances, CASE WHEN e IS NULL THEN id END AS absent,
       CASE WHEN e:Event THEN ['Event', e.id, e.name, e.kind, e.status, e.datePrecision, e.location, e.description, toString(e.date)] END AS self
