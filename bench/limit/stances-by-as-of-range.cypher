// The limit for question stancesByAsOfRange: the first page (20) of the claims dated within a
// range (bounds included; undated claims never match), newest first then by id, and how many
// there are; both served by the asOf index.
// Parameters: $asOfFrom, $asOfTo: ISO dates (the limit server lifts the GraphQL filter's fields to parameters).
CALL () {
  MATCH ()-[r:HOLDS_STANCE]->()
  WHERE date($asOfFrom) <= r.asOf <= date($asOfTo)
  RETURN count(r) AS total
}
CALL () {
  MATCH (h)-[r:HOLDS_STANCE]->(i)
  WHERE date($asOfFrom) <= r.asOf <= date($asOfTo)
  WITH h, r, i
  ORDER BY r.asOf DESC, r.id
  LIMIT 20
  RETURN collect({node: {id: r.id, stance: r.stance, attribution: r.attribution, asOf: CASE r.asOfPrecision WHEN 'YEAR' THEN left(toString(r.asOf), 4) WHEN 'MONTH' THEN left(toString(r.asOf), 7) ELSE toString(r.asOf) END, holder: h {.id, .name}, issue: i {.id, .name}}}) AS page
}
RETURN {stances: {totalCount: total, edges: page}} AS data
