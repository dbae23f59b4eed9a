// Synthetic Event nodes (npm run synth), created: the run has checked no synth- id exists.
// date is a DATE (first day of its period) with datePrecision, as the seed writes it.
// Parameters: $rows: [{id, name, kind, date (ISO date or null), datePrecision, location, description}].
// Returns: one row per node created, {id, element}: its elementId, by which the run's edge
// queries find it again without an index seek.
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
RETURN row.id AS id, elementId(n) AS element
