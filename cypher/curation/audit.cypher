// One audit entry per mutation, written in the mutation's own transaction: what was called,
// by whom, when, which nodes and claims it touched, and their properties before. Labelled
// AuditEntry and never Entity, so it is no node of the model (docs/model.md, AuditEntry).
// Parameters: $entry: {id, at (ISO date-time), by, role, operation, arguments (JSON text),
//   touched: [id], before (JSON text: id -> properties, null for what did not exist)}.
// Returns: written, 1.
CREATE (a:AuditEntry)
SET a = {
  id: $entry.id,
  at: datetime($entry.at),
  by: $entry.by,
  role: $entry.role,
  operation: $entry.operation,
  arguments: $entry.arguments,
  touched: $entry.touched,
  before: $entry.before
}
RETURN count(a) AS written
