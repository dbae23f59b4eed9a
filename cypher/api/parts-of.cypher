// Answers: for each issue or organization id, the nodes directly PART_OF it (sub-issues,
// sub-organizations), ordered by id. One row per id.
// Shapes: nodes are node tuples (src/graph/tuples.ts).
// Parameters: $ids: [id].
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity)-[:PART_OF]->(:Entity {id: id})
  WITH n
  ORDER BY n.id
  RETURN collect(CASE WHEN n:Issue THEN ['Issue', n.id, n.name, n.description, id]
                      ELSE ['Organization', n.id, n.name, n.aliases, n.kind, n.country, n.description, id] END) AS parts
}
RETURN id, parts
