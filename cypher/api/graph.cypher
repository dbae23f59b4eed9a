// Answers: the neighbourhood of the given nodes, for a graph drawing: breadth-first from them
// up to $depth steps along relationships of the given types (either direction), at most
// $limit nodes: when a level does not fit, the nodes of it first by id are kept and the walk
// stops there, with truncated set. Then the relationships of those types among the nodes
// reached: one per stance claim and one per (type, source, target) otherwise, ordered by
// type, source, target and claim id, at most $limit + 1 (the API reports more than $limit as
// truncated). label is a node's name (a source's title); an edge's is its stance kind or role.
// Walking and drawing in one query keeps graph() at one round trip whatever its depth.
// Parameters: $ids: [id], without repeats; $depth: 0 to 3; $limit: how many nodes at most;
//   $types: [relationship type] such as ['HOLDS_STANCE', 'ATTENDED']; $includeRetracted: whether
//   retracted stance claims are walked and drawn. Retracted claims are few: the retractedAt
//   index lists them once, instead of every walked claim being read for it.
// Each level keeps only its first $limit + 1 new nodes by id (a Top, not a sort of all of
// them): a hub's second level reaches thousands.
UNWIND range(0, size($ids) - 1) AS k
MATCH (s:Entity {id: $ids[k]})
WITH s
ORDER BY k
WITH collect(s) AS found
CALL () {
  MATCH ()-[x:HOLDS_STANCE]->()
  WHERE x.retractedAt IS NOT NULL AND NOT $includeRetracted
  RETURN collect(x) AS retracted
}
WITH retracted, found[0..toInteger($limit)] AS nodes, found[0..toInteger($limit)] AS frontier, size(found) > $limit AS truncated
// Level 1: the neighbours of the last level not reached yet, first by id, as many as fit.
CALL (nodes, frontier, truncated, retracted) {
  UNWIND CASE WHEN $depth >= 1 AND NOT truncated THEN frontier ELSE [] END AS n
  MATCH (n)-[r]-(m:Entity)
  WHERE type(r) IN $types AND NOT r IN retracted
  WITH DISTINCT m
  WHERE NOT m IN nodes
  WITH m
  ORDER BY m.id
  LIMIT toInteger($limit) + 1
  RETURN collect(m) AS fresh
}
WITH nodes, retracted, fresh[0..toInteger($limit) - size(nodes)] AS frontier,
     truncated OR size(fresh) > toInteger($limit) - size(nodes) AS truncated
WITH nodes + frontier AS nodes, frontier, truncated, retracted
// Level 2: the neighbours of the last level not reached yet, first by id, as many as fit.
CALL (nodes, frontier, truncated, retracted) {
  UNWIND CASE WHEN $depth >= 2 AND NOT truncated THEN frontier ELSE [] END AS n
  MATCH (n)-[r]-(m:Entity)
  WHERE type(r) IN $types AND NOT r IN retracted
  WITH DISTINCT m
  WHERE NOT m IN nodes
  WITH m
  ORDER BY m.id
  LIMIT toInteger($limit) + 1
  RETURN collect(m) AS fresh
}
WITH nodes, retracted, fresh[0..toInteger($limit) - size(nodes)] AS frontier,
     truncated OR size(fresh) > toInteger($limit) - size(nodes) AS truncated
WITH nodes + frontier AS nodes, frontier, truncated, retracted
// Level 3: the neighbours of the last level not reached yet, first by id, as many as fit.
CALL (nodes, frontier, truncated, retracted) {
  UNWIND CASE WHEN $depth >= 3 AND NOT truncated THEN frontier ELSE [] END AS n
  MATCH (n)-[r]-(m:Entity)
  WHERE type(r) IN $types AND NOT r IN retracted
  WITH DISTINCT m
  WHERE NOT m IN nodes
  WITH m
  ORDER BY m.id
  LIMIT toInteger($limit) + 1
  RETURN collect(m) AS fresh
}
WITH nodes, retracted, fresh[0..toInteger($limit) - size(nodes)] AS frontier,
     truncated OR size(fresh) > toInteger($limit) - size(nodes) AS truncated
WITH nodes + frontier AS nodes, frontier, truncated, retracted
// The relationships among the nodes reached.
CALL (nodes, retracted) {
  WITH nodes, [n IN nodes | n.id] AS ids
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE type(r) IN $types AND b.id IN ids AND NOT r IN retracted
  WITH type(r) AS type, a.id AS source, b.id AS target,
       CASE type(r) WHEN 'HOLDS_STANCE' THEN r.id END AS claimId,
       coalesce(r.stance, r.role) AS label
  WITH type, source, target, claimId, collect(label) AS labels
  ORDER BY type, source, target, claimId
  LIMIT toInteger($limit) + 1
  RETURN collect({type: type, source: source, target: target, claimId: claimId, label: head([l IN labels WHERE l IS NOT NULL])}) AS edges
}
RETURN [n IN nodes | {id: n.id, kind: [l IN labels(n) WHERE l <> 'Entity'][0], label: coalesce(n.name, n.title, n.id)}] AS nodes,
       edges, truncated
