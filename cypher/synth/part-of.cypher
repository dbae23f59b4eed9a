// Synthetic PART_OF edges, child to parent (Issue -> Issue, Organization -> Organization),
// created; both ends are found by id through the Entity index.
// Parameters: $rows: [{child, parent}].
// Returns: written, the number of edges created.
UNWIND $rows AS row
MATCH (child:Entity {id: row.child})
MATCH (parent:Entity {id: row.parent})
CREATE (child)-[:PART_OF]->(parent)
RETURN count(*) AS written
