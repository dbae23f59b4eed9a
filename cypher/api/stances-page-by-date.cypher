// Answers: one page of the stance claims dated within [$asOfFrom, $asOfTo] (either bound may
// be null; the first day of a claim's period counts; undated claims never match), newest
// first by asOf, then by claim id, optionally of one kind, attribution or source, and how
// many claims match in all. The asOf range index serves both the count and the order.
// Shapes: items are claim tuples, end null (src/graph/tuples.ts).
// Parameters: $asOfFrom, $asOfTo: ISO dates, at least one of them set; $stance:
//   SUPPORTS|OPPOSES|CONDITIONAL|MIXED or null; $attribution: STATED|REPORTED|ASSESSED or
//   null; $source: a source id the claim must list, or null;
//   $details: the claim properties to read beyond id, stance, asOf and ends, among position,
//   attribution, quote, sources and asOfPrecision (when any is asked for, all five come back in detail,
//   in that order; otherwise detail is null), and history for its retraction and provenance;
//   $includeRetracted: whether retracted claims are listed and counted;
//   $afterDate, $afterId: the sort key to continue after, both null for the first page;
//   $limit: how many rows at most (one more than the page size).
// The total: the claims in the range (the asOf index alone when nothing else filters), less
// the retracted ones among them, which the retractedAt index finds without reading every claim.
CALL () {
  MATCH ()-[r:HOLDS_STANCE]->()
  WHERE r.asOf >= date(coalesce($asOfFrom, '0001-01-01')) AND r.asOf <= date(coalesce($asOfTo, '9999-12-31'))
    AND ($stance IS NULL OR r.stance = $stance)
    AND ($attribution IS NULL OR r.attribution = $attribution)
    AND ($source IS NULL OR $source IN r.sources)
  RETURN count(r) AS inRange
}
CALL () {
  MATCH ()-[r:HOLDS_STANCE]->()
  USING INDEX r:HOLDS_STANCE(retractedAt)
  WHERE r.retractedAt IS NOT NULL AND NOT $includeRetracted
    AND r.asOf >= date(coalesce($asOfFrom, '0001-01-01')) AND r.asOf <= date(coalesce($asOfTo, '9999-12-31'))
    AND ($stance IS NULL OR r.stance = $stance)
    AND ($attribution IS NULL OR r.attribution = $attribution)
    AND ($source IS NULL OR $source IN r.sources)
  RETURN count(r) AS retracted
}
WITH inRange - retracted AS total
CALL () {
  MATCH ()-[r:HOLDS_STANCE]->()
  WHERE r.asOf >= date(coalesce($asOfFrom, '0001-01-01'))
    AND r.asOf <= date(coalesce($afterDate, $asOfTo, '9999-12-31'))
    AND r.asOf <= date(coalesce($asOfTo, '9999-12-31'))
    AND ($afterId IS NULL OR r.asOf < date($afterDate) OR r.id > $afterId)
    AND ($stance IS NULL OR r.stance = $stance)
    AND ($attribution IS NULL OR r.attribution = $attribution)
    AND ($source IS NULL OR $source IN r.sources)
    AND ($includeRetracted OR r.retractedAt IS NULL)
  WITH r
  ORDER BY r.asOf DESC, r.id
  LIMIT toInteger($limit)
  RETURN collect([
    r.id, r.stance, toString(r.asOf), startNode(r).id, endNode(r).id,
    CASE WHEN any(d IN $details WHERE NOT d IN ['holder', 'issue', 'history'])
      THEN [r.position, r.attribution, r.quote, r.sources, r.asOfPrecision] END,
    null,
    CASE WHEN 'history' IN $details THEN r {
      .retractedBy, .retractionReason, .createdBy, .updatedBy,
      retractedAt: toString(r.retractedAt), createdAt: toString(r.createdAt), updatedAt: toString(r.updatedAt)
    } END
  ]) AS items
}
RETURN total, items
