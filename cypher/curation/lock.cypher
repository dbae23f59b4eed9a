// Takes the write lock of some nodes for the rest of the transaction, in id order (so two
// mutations never wait on each other in a circle): concurrent writes of one claim, or to one
// node, run one after the other, each reading what the previous one committed. Setting and
// removing a property leaves the node as it was.
// Parameters: $ids: [id]. Returns: locked, how many of the ids name a node.
UNWIND $ids AS id
WITH id ORDER BY id
MATCH (n:Entity {id: id})
SET n._lock = true
REMOVE n._lock
RETURN count(n) AS locked
