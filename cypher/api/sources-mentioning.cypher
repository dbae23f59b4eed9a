// Answers: for each node id, the sources it is MENTIONED_IN, ordered by source id. One row per id.
// Shapes: nodes are node tuples (src/graph/tuples.ts).
// Parameters: $ids: [id].
UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})-[:MENTIONED_IN]->(s:Source)
  WITH s
  ORDER BY s.id
  RETURN collect(['Source', s.id, s.title, s.publisher, s.publishedAtPrecision, s.file, toString(s.publishedAt)]) AS sources
}
RETURN id, sources
