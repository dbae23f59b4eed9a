// Answers: where ids that no longer name a node went, when a merge (curation/merge-entities)
// made them an alias of the node kept.
// Parameters: $ids: [id]. Returns: one row per id found as an alias: id, keptId.
UNWIND $ids AS id
MATCH (n:Entity)
WHERE id IN n.aliases AND NOT EXISTS { MATCH (:Entity {id: id}) }
RETURN id, n.id AS keptId
