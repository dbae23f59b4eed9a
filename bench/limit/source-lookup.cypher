// The limit for question sourceLookup: one source, its publication date written to its
// precision, in one query.
// Parameters: $id: a source id.
OPTIONAL MATCH (s:Source {id: $id})
RETURN {source: s {
  .id, .title, .publisher,
  publishedAt: CASE s.publishedAtPrecision WHEN 'YEAR' THEN left(toString(s.publishedAt), 4) WHEN 'MONTH' THEN left(toString(s.publishedAt), 7) ELSE toString(s.publishedAt) END
}} AS data
