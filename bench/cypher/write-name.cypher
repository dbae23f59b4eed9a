// The bench's writer (bench/writer.ts): one node's name, so the cached target's entries that
// hold it are evicted. Parameters: $id: the node's id; $name: its new name.
MATCH (n:Entity {id: $id})
SET n.name = $name
