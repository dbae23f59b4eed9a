// PART_OF edges, child to parent (Issue -> Issue, Organization -> Organization). A child
// keeps only the parent its row names: a PART_OF edge to any other node is removed.
// Parameters: $rows: [{id, parent}], one per seeded issue and organization; parent may be null.
// Returns: written, the number of PART_OF edges the rows ask for.
UNWIND $rows AS row
MATCH (child:Entity {id: row.id})
CALL (child, row) {
  MATCH (child)-[old:PART_OF]->(other)
  WHERE row.parent IS NULL OR other.id <> row.parent
  DELETE old
}
WITH child, row
WHERE row.parent IS NOT NULL
MATCH (parent:Entity {id: row.parent})
MERGE (child)-[:PART_OF]->(parent)
RETURN count(*) AS written
