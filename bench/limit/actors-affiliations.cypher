// The limit for question actorsAffiliations: the first 20 actors by id (the Actor id index
// serves the order: a range predicate on id lets the planner read the index in order rather
// than scan and sort every actor), each with its affiliations and their organization, in one query.
// Parameters: none.
MATCH (a:Actor)
WHERE a.id > ''
WITH a
ORDER BY a.id
LIMIT 20
WITH collect({node: a {
  .id, .name,
  affiliations: [(a)-[f:AFFILIATED_WITH]->(o:Organization) | {role: f.role, organization: o {.id, .name}}]
}}) AS edges
RETURN {actors: {edges: edges}} AS data
