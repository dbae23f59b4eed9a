// Every edge of a node, for the audit entry of a merge (what the duplicate was before).
// Parameters: $id. Returns: edges: [{type, from, to, props}].
MATCH (n:Entity {id: $id})-[r]-(m)
RETURN collect({type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}) AS edges
