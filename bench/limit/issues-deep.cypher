// The limit for question issuesDeep: the first 10 issues by id, every claim on each, the
// claim's holder and, for actors, their affiliations and organizations, in one query.
// Parameters: none.
MATCH (i:Issue)
WITH i
ORDER BY i.id
LIMIT 10
WITH collect({node: i {
  .id, .name,
  stances: [(h:Entity)-[r:HOLDS_STANCE]->(i) | {
    id: r.id,
    stance: r.stance,
    holder: CASE WHEN h:Actor
      THEN h {.id, .name, affiliations: [(h)-[f:AFFILIATED_WITH]->(o:Organization) | {role: f.role, organization: o {.id, .name}}]}
      ELSE h {.id, .name}
    END
  }]
}}) AS edges
RETURN {issues: {edges: edges}} AS data
