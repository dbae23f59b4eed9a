// Answers: the nodes with these ids, of any kind (Actor, Organization, Issue, Event, Source),
// one row per id; node is null for an id no node has. label is the node's kind label;
// parent is the id of the node it is PART_OF (issues and organizations), if any.
// Parameters: $ids: [id].
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id,
       n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0], parent: [(n)-[:PART_OF]->(p) | p.id][0]} AS node
