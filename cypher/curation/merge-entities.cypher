// Merges a duplicate actor or organization into the node kept: every edge of the duplicate
// moves to the kept node with its properties (a stance claim keeps its id), an edge the kept
// node already has to the same node gains the duplicate's sources (and its role, when it had
// none); the duplicate's name, aliases and id become aliases of the kept node, a property the
// kept node lacks is taken from the duplicate, and the duplicate is deleted. Edges between
// the two are dropped. The API checks the kinds and the parents before it runs this.
// Parameters: $keep, $duplicate: ids of two nodes of the same kind; $at: ISO date-time;
//   $by: who merges. Returns: moved: how many edges moved, by type.
MATCH (keep:Entity {id: $keep}), (dup:Entity {id: $duplicate})
CALL (keep, dup) {
  MATCH (dup)-[r:HOLDS_STANCE]->(i)
  WITH r, i, properties(r) AS props
  DELETE r
  WITH i, props
  CREATE (keep)-[n:HOLDS_STANCE]->(i)
  SET n = props
  RETURN count(*) AS claims
}
CALL (keep, dup) {
  MATCH (dup)-[r:ATTENDED]->(e)
  WITH r, e, properties(r) AS props
  DELETE r
  WITH e, props
  MERGE (keep)-[n:ATTENDED]->(e)
  ON CREATE SET n = props
  ON MATCH SET n.sources = n.sources + [s IN props.sources WHERE NOT s IN n.sources], n.role = coalesce(n.role, props.role)
  RETURN count(*) AS attended
}
CALL (keep, dup) {
  MATCH (dup)-[r:AFFILIATED_WITH]->(o)
  WHERE o <> keep
  WITH r, o, properties(r) AS props
  DELETE r
  WITH o, props
  MERGE (keep)-[n:AFFILIATED_WITH]->(o)
  ON CREATE SET n = props
  ON MATCH SET n.sources = n.sources + [s IN props.sources WHERE NOT s IN n.sources], n.role = coalesce(n.role, props.role)
  RETURN count(*) AS affiliations
}
CALL (keep, dup) {
  MATCH (a)-[r:AFFILIATED_WITH]->(dup)
  WHERE a <> keep
  WITH r, a, properties(r) AS props
  DELETE r
  WITH a, props
  MERGE (a)-[n:AFFILIATED_WITH]->(keep)
  ON CREATE SET n = props
  ON MATCH SET n.sources = n.sources + [s IN props.sources WHERE NOT s IN n.sources], n.role = coalesce(n.role, props.role)
  RETURN count(*) AS members
}
CALL (keep, dup) {
  MATCH (dup)-[r:PART_OF]->(p)
  WHERE p <> keep
  DELETE r
  WITH DISTINCT p
  MERGE (keep)-[:PART_OF]->(p)
  RETURN count(*) AS parents
}
CALL (keep, dup) {
  MATCH (c)-[r:PART_OF]->(dup)
  WHERE c <> keep
  DELETE r
  WITH DISTINCT c
  MERGE (c)-[:PART_OF]->(keep)
  RETURN count(*) AS parts
}
CALL (keep, dup) {
  MATCH (dup)-[r:MENTIONED_IN]->(s)
  DELETE r
  WITH DISTINCT s
  MERGE (keep)-[:MENTIONED_IN]->(s)
  RETURN count(*) AS mentions
}
WITH keep, dup, claims, attended, affiliations, members, parents, parts, mentions,
     [a IN [dup.name] + coalesce(dup.aliases, []) + [dup.id] WHERE a IS NOT NULL AND a <> keep.name] AS taken
SET keep.aliases = reduce(acc = coalesce(keep.aliases, []), a IN taken | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    keep.title = coalesce(keep.title, dup.title),
    keep.kind = coalesce(keep.kind, dup.kind),
    keep.country = coalesce(keep.country, dup.country),
    keep.description = coalesce(keep.description, dup.description),
    keep.createdAt = coalesce(keep.createdAt, dup.createdAt),
    keep.createdBy = coalesce(keep.createdBy, dup.createdBy),
    keep.updatedAt = datetime($at),
    keep.updatedBy = $by
DETACH DELETE dup
RETURN {HOLDS_STANCE: claims, ATTENDED: attended, AFFILIATED_WITH: affiliations + members,
        PART_OF: parents + parts, MENTIONED_IN: mentions} AS moved
