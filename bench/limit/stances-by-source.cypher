// The limit for question stancesBySource: the first page (20) of the claims that list one source, newest first (undated last, then
// by id), and how many there are. Few claims match, so one pass collects them all.
// Parameters: $source: a source id.
MATCH (h:Entity)-[r:HOLDS_STANCE]->(i:Issue)
WHERE $source IN r.sources
WITH h, r, i
ORDER BY coalesce(r.asOf, date('0001-01-01')) DESC, r.id
WITH collect({node: {id: r.id, stance: r.stance, attribution: r.attribution, asOf: CASE r.asOfPrecision WHEN 'YEAR' THEN left(toString(r.asOf), 4) WHEN 'MONTH' THEN left(toString(r.asOf), 7) ELSE toString(r.asOf) END, holder: h {.id, .name}, issue: i {.id, .name}}}) AS claims
RETURN {stances: {totalCount: size(claims), edges: claims[..20]}} AS data
