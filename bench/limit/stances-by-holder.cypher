// The limit for question stancesByHolder: the first page (20) of one holder's claims, newest first (undated last, then
// by id), and how many there are. Few claims match, so one pass collects them all.
// Parameters: $holder: an actor or organization id.
MATCH (h:Entity {id: $holder})-[r:HOLDS_STANCE]->(i:Issue)
WITH h, r, i
ORDER BY coalesce(r.asOf, date('0001-01-01')) DESC, r.id
WITH collect({node: {id: r.id, stance: r.stance, attribution: r.attribution, asOf: CASE r.asOfPrecision WHEN 'YEAR' THEN left(toString(r.asOf), 4) WHEN 'MONTH' THEN left(toString(r.asOf), 7) ELSE toString(r.asOf) END, holder: h {.id, .name}, issue: i {.id, .name}}}) AS claims
RETURN {stances: {totalCount: size(claims), edges: claims[..20]}} AS data
