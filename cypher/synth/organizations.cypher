// Synthetic Organization nodes (npm run synth), created: the run has checked no synth- id exists.
// Parameters: $rows: [{id, name, aliases: [string], kind, country, description}].
// Returns: written, the number of nodes created.
UNWIND $rows AS row
CREATE (n:Organization:Entity {
  id: row.id,
  name: row.name,
  aliases: row.aliases,
  kind: row.kind,
  country: row.country,
  description: row.description
})
RETURN count(*) AS written
