// Answers: for each actor id, the organizations it is AFFILIATED_WITH, with role and
// sources, ordered by organization id. One row per id. The organizations themselves come
// whole, each once for the whole batch, in the first row's ends (many actors share few
// organizations: 945 actors had 3,500 affiliations with 500 organizations).
// Shapes: affiliations are affiliation tuples (end null) and nodes node tuples (src/graph/tuples.ts).
// Parameters: $ids: [actor id].
UNWIND $ids AS id
CALL (id) {
  MATCH (a:Actor {id: id})-[f:AFFILIATED_WITH]->(o:Organization)
  WITH a, f, o
  ORDER BY o.id
  RETURN collect([a.id, o.id, f.role, f.sources, null]) AS affiliations, collect(o) AS organizations
}
WITH collect({id: id, affiliations: affiliations, organizations: organizations}) AS rows
CALL (rows) {
  UNWIND rows AS row
  UNWIND row.organizations AS o
  WITH DISTINCT o
  RETURN collect(['Organization', o.id, o.name, o.aliases, o.kind, o.country, o.description, [(o)-[:PART_OF]->(p) | p.id][0]]) AS ends
}
UNWIND range(0, size(rows) - 1) AS n
RETURN rows[n].id AS id, rows[n].affiliations AS affiliations, CASE n WHEN 0 THEN ends END AS ends
