// The limit for question organizationMembers: one organization and the actors affiliated
// with it, with their roles, in one query.
// Parameters: $id: an organization id.
OPTIONAL MATCH (o:Organization {id: $id})
RETURN {organization: o {
  .id, .name, .kind, .country,
  members: [(a:Actor)-[x:AFFILIATED_WITH]->(o) | {role: x.role, actor: a {.id, .name}}]
}} AS data
