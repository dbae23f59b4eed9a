// Answers: for each actor id, the organizations it is AFFILIATED_WITH, with role and
// sources, ordered by organization id; each organization whole in end. One row per id.
// Parameters: $ids: [actor id].
UNWIND $ids AS id
CALL (id) {
  MATCH (a:Actor {id: id})-[f:AFFILIATED_WITH]->(o:Organization)
  WITH a, f, o
  ORDER BY o.id
  RETURN collect(f {.role, .sources, actorId: a.id, organizationId: o.id, end: o {.id, .name, .aliases, .kind, .country, .description, label: 'Organization', parent: [(o)-[:PART_OF]->(p) | p.id][0]}}) AS affiliations
}
RETURN id, affiliations
