// Synthetic Actor nodes (npm run synth), created: the run has checked no synth- id exists.
// Parameters: $rows: [{id, name, aliases: [string], title, description}].
// Returns: written, the number of nodes created.
UNWIND $rows AS row
CREATE (n:Actor:Entity {id: row.id, name: row.name, aliases: row.aliases, title: row.title, description: row.description})
RETURN count(*) AS written
