// Event nodes (meetings, talks, decisions, attacks, ...), created or updated by id; the
// row's properties replace the node's, and a null property is not stored. date is a DATE
// (first day of its period) with datePrecision DAY, MONTH or YEAR; status is PLANNED, HELD
// or CANCELLED, as the latest source reports it.
// Parameters: $rows: [{id, name, kind, date (ISO date), datePrecision, status, location, description, createdAt, createdBy,
//   updatedAt, updatedBy}].
// Returns: written, the number of rows written.
UNWIND $rows AS row
MERGE (n:Event:Entity {id: row.id})
SET n = {
  id: row.id,
  name: row.name,
  kind: row.kind,
  date: date(row.date),
  datePrecision: row.datePrecision,
  status: row.status,
  location: row.location,
  description: row.description,
  createdAt: datetime(row.createdAt),
  createdBy: row.createdBy,
  updatedAt: datetime(row.updatedAt),
  updatedBy: row.updatedBy
}
RETURN count(*) AS written
