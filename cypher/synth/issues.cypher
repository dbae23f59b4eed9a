// Synthetic Issue nodes (npm run synth), created: the run has checked no synth- id exists.
// Parameters: $rows: [{id, name, description}].
// Returns: written, the number of nodes created.
UNWIND $rows AS row
CREATE (n:Issue:Entity {id: row.id, name: row.name, description: row.description})
RETURN count(*) AS written
