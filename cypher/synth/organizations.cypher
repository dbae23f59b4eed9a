// Synthetic Organization nodes (npm run synth), created: the run has checked no synth- id exists.
// Parameters: $rows: [{id, name, aliases: [string], kind, country, description}].
// Returns: one row per node created, {id, element}: its elementId, by which the run's edge
// queries find it again without an index seek.
UNWIND $rows AS row
CREATE (n:Organization:Entity {
  id: row.id,
  name: row.name,
  aliases: row.aliases,
  kind: row.kind,
  country: row.country,
  description: row.description
})
RETURN row.id AS id, elementId(n) AS element
