// The limit for question stancesByAsOfRangePage: the first page (20) of the claims dated
// within a range (bounds included; undated claims never match), newest first then by id,
// without their count; the asOf index serves the order.
// Parameters: $asOfFrom, $asOfTo: ISO dates (the limit server lifts the GraphQL filter's fields to parameters).
MATCH (h)-[r:HOLDS_STANCE]->(i)
WHERE date($asOfFrom) <= r.asOf <= date($asOfTo)
WITH h, r, i
ORDER BY r.asOf DESC, r.id
LIMIT 20
WITH collect({node: {id: r.id, stance: r.stance, attribution: r.attribution, asOf: CASE r.asOfPrecision WHEN 'YEAR' THEN left(toString(r.asOf), 4) WHEN 'MONTH' THEN left(toString(r.asOf), 7) ELSE toString(r.asOf) END, holder: h {.id, .name}, issue: i {.id, .name}}}) AS page
RETURN {stances: {edges: page}} AS data
