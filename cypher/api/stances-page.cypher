// Answers: one page of stance claims (HOLDS_STANCE edges), newest first by asOf (undated
// last, then by claim id), optionally of one kind, attribution or source, and how many
// claims match in all. For filters by holder, issue or asOf range the API runs
// stances-page-by-holder, -by-issue or -by-date instead, whose plans start there.
// The plan: the total comes from Neo4j's count store when nothing is filtered, from the
// stance or attribution index when that is the one filter, less the retracted claims the
// retractedAt index counts (a scan otherwise); the page walks the asOf index newest first and stops once it is full, and
// only a page that reaches past the dated claims reads the undated ones.
// Shapes: items are claim tuples, end null (src/graph/tuples.ts).
// Parameters: $stance: SUPPORTS|OPPOSES|CONDITIONAL|MIXED or null; $attribution:
//   STATED|REPORTED|ASSESSED or null; $source: a source id the claim must list, or null;
//   $details: the claim properties to read beyond id, stance, asOf and ends, among position,
//   attribution, quote, sources and asOfPrecision (when any is asked for, all five come back in detail,
//   in that order; otherwise detail is null), and history for its retraction and provenance;
//   $includeRetracted: whether retracted claims are listed and counted;
//   $afterDate, $afterId: the sort key to continue after (undated claims: '0001-01-01'),
//   both null for the first page; $limit: how many rows at most (one more than the page size).
CALL () {
  WITH 1 AS unfiltered
  WHERE $stance IS NULL AND $attribution IS NULL AND $source IS NULL
  CALL () {
    MATCH ()-[r:HOLDS_STANCE]->()
    RETURN count(r) AS all
  }
  // Retracted claims are few: the retractedAt index counts them, and they come off the
  // count store's total.
  CALL () {
    MATCH ()-[r:HOLDS_STANCE]->()
    WHERE r.retractedAt IS NOT NULL AND NOT $includeRetracted
    RETURN count(r) AS retracted
  }
  RETURN all - retracted AS n
  UNION ALL
  // One filter of kind or attribution: its index counts the matches, less the retracted ones.
  WITH 1 AS oneFilter
  WHERE $source IS NULL AND ($stance IS NULL) <> ($attribution IS NULL)
  // Summed inside a subquery: an aggregation out here would make a row even when the guard
  // above let none through.
  CALL () {
    CALL () {
      MATCH ()-[r:HOLDS_STANCE]->()
      WHERE r.stance = $stance
      RETURN count(r) AS matching
      UNION ALL
      MATCH ()-[r:HOLDS_STANCE]->()
      WHERE r.attribution = $attribution
      RETURN count(r) AS matching
    }
    RETURN sum(matching) AS matching
  }
  CALL () {
    MATCH ()-[r:HOLDS_STANCE]->()
    USING INDEX r:HOLDS_STANCE(retractedAt)
    WHERE r.retractedAt IS NOT NULL AND NOT $includeRetracted
      AND ($stance IS NULL OR r.stance = $stance) AND ($attribution IS NULL OR r.attribution = $attribution)
    RETURN count(r) AS retracted
  }
  RETURN matching - retracted AS n
  UNION ALL
  WITH 1 AS filtered
  WHERE $source IS NOT NULL OR ($stance IS NOT NULL AND $attribution IS NOT NULL)
  MATCH ()-[r:HOLDS_STANCE]->()
  WHERE ($stance IS NULL OR r.stance = $stance)
    AND ($attribution IS NULL OR r.attribution = $attribution)
    AND ($source IS NULL OR $source IN r.sources)
    AND ($includeRetracted OR r.retractedAt IS NULL)
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
    AND ($includeRetracted OR r.retractedAt IS NULL)
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
    AND ($includeRetracted OR r.retractedAt IS NULL)
  WITH r
  ORDER BY r.id
  LIMIT toInteger($limit)
  RETURN collect(r) AS undated
}
RETURN total, [r IN (dated + undated)[0..toInteger($limit)] | [
  r.id, r.stance, toString(r.asOf), startNode(r).id, endNode(r).id,
  CASE WHEN any(d IN $details WHERE NOT d IN ['holder', 'issue', 'history'])
    THEN [r.position, r.attribution, r.quote, r.sources, r.asOfPrecision] END,
  null,
  CASE WHEN 'history' IN $details THEN r {
    .retractedBy, .retractionReason, .createdBy, .updatedBy,
    retractedAt: toString(r.retractedAt), createdAt: toString(r.createdAt), updatedAt: toString(r.updatedAt)
  } END
]] AS items
