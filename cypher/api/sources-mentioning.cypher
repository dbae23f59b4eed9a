// Answers: for each node id, the sources it is MENTIONED_IN, ordered by source id. One row per id.
// Parameters: $ids: [id].
UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})-[:MENTIONED_IN]->(s:Source)
  WITH s
  ORDER BY s.id
  RETURN collect(s {
    .id, .title, .publisher, .publishedAtPrecision, .file,
    publishedAt: toString(s.publishedAt), label: 'Source'
  }) AS sources
}
RETURN id, sources
