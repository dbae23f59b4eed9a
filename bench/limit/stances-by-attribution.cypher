// The limit for question stancesByAttribution: the first page (20) of the claims of one attribution, newest first (undated last, then
// by id), and how many there are: a count, then a top-20 sort.
// Parameters: $attribution: STATED|REPORTED|ASSESSED.
CALL () {
  MATCH ()-[r:HOLDS_STANCE]->()
  WHERE r.attribution = $attribution
  RETURN count(r) AS total
}
CALL () {
  MATCH (h)-[r:HOLDS_STANCE]->(i)
  WHERE r.attribution = $attribution
  WITH h, r, i
  ORDER BY coalesce(r.asOf, date('0001-01-01')) DESC, r.id
  LIMIT 20
  RETURN collect({node: {id: r.id, stance: r.stance, attribution: r.attribution, asOf: CASE r.asOfPrecision WHEN 'YEAR' THEN left(toString(r.asOf), 4) WHEN 'MONTH' THEN left(toString(r.asOf), 7) ELSE toString(r.asOf) END, holder: h {.id, .name}, issue: i {.id, .name}}}) AS page
}
RETURN {stances: {totalCount: total, edges: page}} AS data
