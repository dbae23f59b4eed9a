// Source nodes (articles), created or updated by id; the row's properties replace the
// node's, and a null property is not stored. publishedAt is a DATE (first day of its
// period) with publishedAtPrecision DAY, MONTH or YEAR.
// Parameters: $rows: [{id, title, publisher, publishedAt (ISO date), publishedAtPrecision, file, createdAt, createdBy, updatedAt, updatedBy}].
// Returns: written, the number of rows written.
UNWIND $rows AS row
MERGE (n:Source:Entity {id: row.id})
SET n = {
  id: row.id,
  title: row.title,
  publisher: row.publisher,
  publishedAt: date(row.publishedAt),
  publishedAtPrecision: row.publishedAtPrecision,
  file: row.file,
  createdAt: datetime(row.createdAt),
  createdBy: row.createdBy,
  updatedAt: datetime(row.updatedAt),
  updatedBy: row.updatedBy
}
RETURN count(*) AS written
