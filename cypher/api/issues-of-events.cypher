// Answers: for each event id, the issues it CONCERNS, ordered by issue id. One row per id.
// Parameters: $ids: [event id].
UNWIND $ids AS id
CALL (id) {
  MATCH (:Event {id: id})-[:CONCERNS]->(n:Issue)
  WITH n
  ORDER BY n.id
  RETURN collect(n {.id, .name, .description, label: 'Issue', parent: [(n)-[:PART_OF]->(p) | p.id][0]}) AS issues
}
RETURN id, issues
