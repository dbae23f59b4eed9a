// Synthetic Source nodes (npm run synth), created: the run has checked no synth- id exists.
// publishedAt is a DATE (first day of its period) with publishedAtPrecision, as the seed writes it.
// Parameters: $rows: [{id, title, publisher, publishedAt (ISO date or null), publishedAtPrecision}].
// Returns: one row per node created, {id, element}: its elementId, by which the run's edge
// queries find it again without an index seek.
UNWIND $rows AS row
CREATE (n:Source:Entity {
  id: row.id,
  title: row.title,
  publisher: row.publisher,
  publishedAt: date(row.publishedAt),
  publishedAtPrecision: row.publishedAtPrecision
})
RETURN row.id AS id, elementId(n) AS element
