// Answers: for each organization id, the actors AFFILIATED_WITH it, with role and sources,
// ordered by actor id; each actor whole in end. One row per id.
// Parameters: $ids: [organization id].
UNWIND $ids AS id
CALL (id) {
  MATCH (a:Actor)-[f:AFFILIATED_WITH]->(o:Organization {id: id})
  WITH a, f, o
  ORDER BY a.id
  RETURN collect(f {.role, .sources, actorId: a.id, organizationId: o.id, end: a {.id, .name, .aliases, .title, .description, label: 'Actor'}}) AS affiliations
}
RETURN id, affiliations
