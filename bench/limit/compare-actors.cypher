// The limit for question compareActors: on each issue both stakeholders hold claims on, both
// sides' claims newest first (undated last, then by id) and each side's latest; the same
// latest stance kind is an agreement, any other pair a divergence. Issues by id.
// Parameters: $a, $b: actor or organization ids.
MATCH (ha:Entity {id: $a}), (hb:Entity {id: $b})
CALL (ha) {
  MATCH (ha)-[r:HOLDS_STANCE]->(i:Issue)
  WITH r, i
  ORDER BY coalesce(r.asOf, date('0001-01-01')) DESC, r.id
  RETURN i, collect(r) AS ra
}
CALL (hb, i) {
  MATCH (hb)-[r:HOLDS_STANCE]->(i)
  WITH r
  ORDER BY coalesce(r.asOf, date('0001-01-01')) DESC, r.id
  RETURN collect(r) AS rb
}
WITH i, ra, rb
WHERE size(rb) > 0
ORDER BY i.id
WITH collect({
  issue: i {.id, .name},
  a: [r IN ra | {id: r.id}],
  b: [r IN rb | {id: r.id}],
  latestA: {id: ra[0].id, stance: ra[0].stance},
  latestB: {id: rb[0].id, stance: rb[0].stance},
  agree: ra[0].stance = rb[0].stance
}) AS rows
RETURN {compare: {
  agreements: [x IN rows WHERE x.agree | x {.issue, .a, .b, .latestA, .latestB}],
  divergences: [x IN rows WHERE NOT x.agree | x {.issue, .a, .b, .latestA, .latestB}]
}} AS data
