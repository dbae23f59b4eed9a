// Answers: for each organization id, the actors AFFILIATED_WITH it, with role and sources,
// ordered by actor id; each actor whole in end. One row per id.
// Shapes: affiliations are affiliation tuples and nodes node tuples (src/graph/tuples.ts).
// Parameters: $ids: [organization id].
UNWIND $ids AS id
CALL (id) {
  MATCH (a:Actor)-[f:AFFILIATED_WITH]->(o:Organization {id: id})
  WITH a, f, o
  ORDER BY a.id
  RETURN collect([a.id, o.id, f.role, f.sources, ['Actor', a.id, a.name, a.aliases, a.title, a.description]]) AS affiliations
}
RETURN id, affiliations
