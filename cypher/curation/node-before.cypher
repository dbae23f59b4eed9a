// A node as it is before a mutation writes it, for the audit entry and to keep who created
// it and when. Parameters: $id. Returns: zero or one row: label (the kind), props (every
// property, dates as ISO strings).
MATCH (n:Entity {id: $id})
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props
