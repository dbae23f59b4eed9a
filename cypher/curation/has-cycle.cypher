// Whether a node lies on a PART_OF cycle (checked after a merge, inside its transaction).
// Parameters: $id. Returns: cycle (boolean).
MATCH (n:Entity {id: $id})
RETURN EXISTS { (n)-[:PART_OF*1..]->(n) } AS cycle
