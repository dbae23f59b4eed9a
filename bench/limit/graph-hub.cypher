// The limit for question graphHub: the API's graph(ids, depth: 2, limit) in one query. Breadth
// first from the start nodes over every relationship type of the model, in either direction;
// when a level does not fit in $limit nodes, the new nodes first by id are kept and the walk
// stops (truncated). Then the edges among all kept nodes: one per claim, one per (type,
// source, target) otherwise, ordered by type, source, target, claim id, at most $limit.
// Parameters: $ids: [id] where to start; $limit: at most this many nodes and edges.
WITH ['HOLDS_STANCE', 'ATTENDED', 'AFFILIATED_WITH', 'PART_OF', 'CONCERNS', 'MENTIONED_IN'] AS types
UNWIND $ids AS id
MATCH (s:Entity {id: id})
WITH types, collect(DISTINCT s) AS starts
WITH types, starts[..toInteger($limit)] AS l0, size(starts) > $limit AS t0
CALL (types, l0, t0) {
  WITH types, l0
  WHERE NOT t0
  UNWIND l0 AS n
  MATCH (n)-[r]-(m:Entity)
  WHERE type(r) IN types AND NOT m IN l0
  WITH DISTINCT m
  ORDER BY m.id
  RETURN collect(m) AS fresh1
}
WITH types, l0, fresh1, t0 OR size(fresh1) > $limit - size(l0) AS t1, fresh1[..toInteger($limit) - size(l0)] AS l1
CALL (types, l0, l1, t1) {
  WITH types, l0, l1
  WHERE NOT t1
  UNWIND l1 AS n
  MATCH (n)-[r]-(m:Entity)
  WHERE type(r) IN types AND NOT m IN l0 AND NOT m IN l1
  WITH DISTINCT m
  ORDER BY m.id
  RETURN collect(m) AS fresh2
}
WITH types, l0, l1, fresh2, toInteger($limit) - size(l0) - size(l1) AS room2, t1
WITH types, l0, l1 + fresh2[..room2] AS later, t1 OR size(fresh2) > room2 AS t2
WITH types, t2,
     [n IN l0 | {id: n.id, kind: toUpper([l IN labels(n) WHERE l <> 'Entity'][0]), label: CASE WHEN n:Source THEN n.title ELSE n.name END}] +
     [n IN later | {id: n.id, kind: toUpper([l IN labels(n) WHERE l <> 'Entity'][0]), label: coalesce(n.name, n.title, n.id)}] AS nodes
CALL (types, nodes) {
  WITH types, [n IN nodes | n.id] AS ids
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE a.id IN ids AND b.id IN ids AND type(r) IN types
  WITH type(r) AS type, a.id AS source, b.id AS target,
       CASE type(r) WHEN 'HOLDS_STANCE' THEN r.id END AS claimId,
       coalesce(r.stance, r.role) AS label
  WITH type, source, target, claimId, collect(label) AS labels
  ORDER BY type, source, target, claimId
  LIMIT toInteger($limit) + 1
  RETURN collect({
    id: CASE WHEN type = 'HOLDS_STANCE' AND claimId IS NOT NULL THEN claimId ELSE type + ':' + source + '->' + target END,
    type: type, source: source, target: target,
    label: head([l IN labels WHERE l IS NOT NULL])
  }) AS edges
}
RETURN {graph: {truncated: t2 OR size(edges) > $limit, nodes: nodes, edges: edges[..toInteger($limit)]}} AS data
