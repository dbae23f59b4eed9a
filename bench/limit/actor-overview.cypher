// The limit for question actorOverview: one actor, its affiliations, attendances and claims,
// each with the node at its other end (id and name), in one query.
// Parameters: $id: an actor id.
OPTIONAL MATCH (a:Actor {id: $id})
RETURN {actor: a {
  .id, .name, .title,
  affiliations: [(a)-[x:AFFILIATED_WITH]->(o:Organization) | {role: x.role, organization: o {.id, .name}}],
  attended: [(a)-[x:ATTENDED]->(e:Event) | {role: x.role, event: e {.id, .name}}],
  stances: [(a)-[r:HOLDS_STANCE]->(i:Issue) | r {.id, .stance, issue: i {.id, .name}}]
}} AS data
