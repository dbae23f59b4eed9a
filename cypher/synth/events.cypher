// Synthetic Event nodes (npm run synth), created: the run has checked no synth- id exists.
// date is a DATE (first day of its period) with datePrecision, as the seed writes it.
// Parameters: $rows: [{id, name, kind, date (ISO date or null), datePrecision, location, description}].
// Returns: written, the number of nodes created.
UNWIND $rows AS row
CREATE (n:Event:Entity {
  id: row.id,
  name: row.name,
  kind: row.kind,
  date: date(row.date),
  datePrecision: row.datePrecision,
  location: row.location,
  description: row.description
})
RETURN count(*) AS written
