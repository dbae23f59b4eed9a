// Synthetic PART_OF edges, child to parent (Issue -> Issue, Organization -> Organization),
// created.
// Parameters: $rows: [{child, parent}], each the elementId of a node this run created (see
//   issues.cypher): a seek by node id, where a lookup by `id` would be an index seek and a lock.
// Returns: written, the number of edges created.
UNWIND $rows AS row
MATCH (child:Entity) WHERE elementId(child) = row.child
MATCH (parent:Entity) WHERE elementId(parent) = row.parent
CREATE (child)-[:PART_OF]->(parent)
RETURN count(*) AS written
