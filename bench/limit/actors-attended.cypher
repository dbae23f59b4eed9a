// The limit for question actorsAttended: the first 20 actors by id, each with the events it
// attended and its role there, in one query.
// Parameters: none.
CALL () {
  MATCH (a:Actor)
  WITH a ORDER BY a.id LIMIT 20
  RETURN collect(a {.id, .name, attended: [(a)-[x:ATTENDED]->(e:Event) | {role: x.role, event: e {.id, .name}}]}) AS page
}
RETURN {actors: {edges: [n IN page | {node: n}]}} AS data
