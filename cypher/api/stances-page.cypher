// Answers: one page of stance claims (HOLDS_STANCE edges), newest first by asOf (undated
// last, then by claim id), optionally of one kind, attribution or source, and how many
// claims match in all. For filters by holder, issue or asOf range the API runs
// stances-page-by-holder, -by-issue or -by-date instead, whose plans start there.
// The plan: the total comes from Neo4j's count store when nothing is filtered (a scan
// otherwise); the page walks the asOf index newest first and stops once it is full, and
// only a page that reaches past the dated claims reads the undated ones.
// Parameters: $stance: SUPPORTS|OPPOSES|CONDITIONAL|MIXED or null; $attribution:
//   STATED|REPORTED|ASSESSED or null; $source: a source id the claim must list, or null;
//   $details: the claim properties to read beyond id, stance, asOf and ends, among position,
//   attribution, quote, sources and asOfPrecision (when any is asked for, all five come back in detail, in that order; otherwise detail is null);
//   $afterDate, $afterId: the sort key to continue after (undated claims: '0001-01-01'),
//   both null for the first page; $limit: how many rows at most (one more than the page size).
CALL () {
  WITH 1 AS unfiltered
  WHERE $stance IS NULL AND $attribution IS NULL AND $source IS NULL
  CALL () {
    MATCH ()-[r:HOLDS_STANCE]->()
    RETURN count(r) AS n
  }
  RETURN n
  UNION ALL
  WITH 1 AS filtered
  WHERE $stance IS NOT NULL OR $attribution IS NOT NULL OR $source IS NOT NULL
  MATCH ()-[r:HOLDS_STANCE]->()
  WHERE ($stance IS NULL OR r.stance = $stance)
    AND ($attribution IS NULL OR r.attribution = $attribution)
    AND ($source IS NULL OR $source IN r.sources)
  RETURN count(r) AS n
}
WITH sum(n) AS total
CALL () {
  MATCH ()-[r:HOLDS_STANCE]->()
  WHERE r.asOf <= date(coalesce($afterDate, '9999-12-31'))
    AND ($afterId IS NULL OR r.asOf < date($afterDate) OR r.id > $afterId)
    AND ($stance IS NULL OR r.stance = $stance)
    AND ($attribution IS NULL OR r.attribution = $attribution)
    AND ($source IS NULL OR $source IN r.sources)
  WITH r
  ORDER BY r.asOf DESC, r.id
  LIMIT toInteger($limit)
  RETURN collect(r) AS dated
}
CALL (dated) {
  // Nothing to read when the dated claims filled the page (the usual case).
  UNWIND CASE WHEN size(dated) < $limit THEN [true] ELSE [] END AS room
  MATCH ()-[r:HOLDS_STANCE]->()
  WHERE r.asOf IS NULL
    AND ($afterId IS NULL OR $afterDate <> '0001-01-01' OR r.id > $afterId)
    AND ($stance IS NULL OR r.stance = $stance)
    AND ($attribution IS NULL OR r.attribution = $attribution)
    AND ($source IS NULL OR $source IN r.sources)
  WITH r
  ORDER BY r.id
  LIMIT toInteger($limit)
  RETURN collect(r) AS undated
}
RETURN total, [r IN (dated + undated)[0..toInteger($limit)] | r {
  .id, .stance, asOf: toString(r.asOf), holderId: startNode(r).id, issueId: endNode(r).id,
  detail: CASE WHEN any(d IN $details WHERE NOT d IN ['holder', 'issue'])
          THEN [r.position, r.attribution, r.quote, r.sources, r.asOfPrecision] END
}] AS items
