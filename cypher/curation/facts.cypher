// What the graph holds that a curation mutation's record refers to, for the validator
// (src/validate/references.ts): the kind label of each id that names a node, and the PART_OF
// chains above some ids (to refuse a parent that would close a cycle).
// Parameters: $ids: [id], the record's own id and every id it refers to;
//   $chainsFrom: [id], the ids whose PART_OF ancestors are wanted (a proposed parent).
// Returns: one row: kinds: [[id, label]], parents: [[child id, parent id]].
CALL () {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN collect([n.id, [l IN labels(n) WHERE l <> 'Entity'][0]]) AS kinds
}
CALL () {
  UNWIND $chainsFrom AS id
  MATCH (:Entity {id: id})-[:PART_OF*0..]->(child:Entity)-[:PART_OF]->(parent:Entity)
  RETURN collect(DISTINCT [child.id, parent.id]) AS parents
}
RETURN kinds, parents
