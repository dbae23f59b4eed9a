// Issue nodes (the questions stances are held on), created or updated by id; the row's
// properties replace the node's, and a null property is not stored.
// Parameters: $rows: [{id, name, description, createdAt, createdBy, updatedAt, updatedBy}].
// Returns: written, the number of rows written.
UNWIND $rows AS row
MERGE (n:Issue:Entity {id: row.id})
SET n = {
  id: row.id,
  name: row.name,
  description: row.description,
  createdAt: datetime(row.createdAt),
  createdBy: row.createdBy,
  updatedAt: datetime(row.updatedAt),
  updatedBy: row.updatedBy
}
RETURN count(*) AS written
