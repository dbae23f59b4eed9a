// The limit for question stancesAll: the first page (20) of all claims, newest first
// (undated last, then by id), and how many there are. The count comes from the count store;
// the page walks the asOf index newest first and reads undated claims only when fewer than
// 20 are dated.
// Parameters: none.
CALL () {
  MATCH ()-[r:HOLDS_STANCE]->()
  RETURN count(r) AS total
}
CALL () {
  MATCH (h)-[r:HOLDS_STANCE]->(i)
  WHERE r.asOf IS NOT NULL
  WITH h, r, i
  ORDER BY r.asOf DESC, r.id
  LIMIT 20
  RETURN collect({node: {id: r.id, stance: r.stance, attribution: r.attribution, asOf: CASE r.asOfPrecision WHEN 'YEAR' THEN left(toString(r.asOf), 4) WHEN 'MONTH' THEN left(toString(r.asOf), 7) ELSE toString(r.asOf) END, holder: h {.id, .name}, issue: i {.id, .name}}}) AS dated
}
CALL (dated) {
  WITH dated
  WHERE size(dated) < 20
  MATCH (h)-[r:HOLDS_STANCE]->(i)
  WHERE r.asOf IS NULL
  WITH h, r, i
  ORDER BY r.id
  LIMIT 20
  RETURN collect({node: {id: r.id, stance: r.stance, attribution: r.attribution, asOf: CASE r.asOfPrecision WHEN 'YEAR' THEN left(toString(r.asOf), 4) WHEN 'MONTH' THEN left(toString(r.asOf), 7) ELSE toString(r.asOf) END, holder: h {.id, .name}, issue: i {.id, .name}}}) AS undated
}
RETURN {stances: {totalCount: total, edges: (dated + undated)[..20]}} AS data
