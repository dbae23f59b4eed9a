// Answers: for each issue or organization id, the nodes directly PART_OF it (sub-issues,
// sub-organizations), ordered by id. One row per id.
// Parameters: $ids: [id].
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity)-[:PART_OF]->(:Entity {id: id})
  WITH n
  ORDER BY n.id
  RETURN collect(n {
    .id, .name, .aliases, .description, .kind, .country,
    label: [l IN labels(n) WHERE l <> 'Entity'][0], parent: id
  }) AS parts
}
RETURN id, parts
