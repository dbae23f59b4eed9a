// Answers: for each event id, the issues it CONCERNS, ordered by issue id. One row per id.
// Shapes: nodes are node tuples (src/graph/tuples.ts).
// Parameters: $ids: [event id].
UNWIND $ids AS id
CALL (id) {
  MATCH (:Event {id: id})-[:CONCERNS]->(n:Issue)
  WITH n
  ORDER BY n.id
  RETURN collect(['Issue', n.id, n.name, n.description, [(n)-[:PART_OF]->(p) | p.id][0]]) AS issues
}
RETURN id, issues
