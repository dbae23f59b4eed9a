// Answers: one page of stance claims (HOLDS_STANCE edges), newest first by asOf (undated
// last, then by claim id), optionally of one kind, attribution or source and within an asOf
// range, and, when asked, how many claims match in all. For filters by holder, issue or
// source the API runs stances-page-by-holder, -by-issue or -by-source instead, whose plans
// start there.
// The plan follows the page, not the graph: it reads about as many claims as the page holds.
// - The total, only when $withTotal: from Neo4j's count store when nothing is filtered, from
//   the stance or attribution index when that is the one filter, from the asOf index over
//   the range (its cost follows the count), less the retracted claims the retractedAt index
//   counts; a scan otherwise.
// - The dated claims, newest first, ties by id: the rest of the cursor's day comes from the
//   (asOf, id) index in id order; the next $limit claims in asOf order alone (the asOf index,
//   newest first) tell which days the page reaches; every claim of the days before the last
//   of them is on the page (fewer than $limit, sorted here), and the last day gives its first
//   claims by id from the (asOf, id) index. No day is read whole, however many claims it has.
// - Only a page that reaches past the dated claims reads the undated ones.
// Shapes: items are claim tuples, end null (src/graph/tuples.ts).
// Parameters: $stance: SUPPORTS|OPPOSES|CONDITIONAL|MIXED or null; $attribution:
//   STATED|REPORTED|ASSESSED or null; $source: a source id the claim must list, or null;
//   $asOfFrom, $asOfTo: ISO dates bounding asOf, or null (the first day of a claim's period
//   counts; undated claims never match a bound);
//   $details: the claim properties to read beyond id, stance, asOf and ends, among position,
//   attribution, quote, sources and asOfPrecision (when any is asked for, all five come back in detail,
//   in that order; otherwise detail is null), and history for its retraction and provenance;
//   $includeRetracted: whether retracted claims are listed and counted;
//   $withTotal: whether to count the matches (total is 0 otherwise);
//   $afterDate, $afterId: the sort key to continue after (undated claims: '0001-01-01'),
//   both null for the first page; $limit: how many rows at most (one more than the page size).
CALL () {
  WITH 1 AS unfiltered
  WHERE $withTotal AND $stance IS NULL AND $attribution IS NULL AND $source IS NULL
    AND $asOfFrom IS NULL AND $asOfTo IS NULL
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
  WHERE $withTotal AND $source IS NULL AND ($stance IS NULL) <> ($attribution IS NULL)
    AND $asOfFrom IS NULL AND $asOfTo IS NULL
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
  // An asOf range: the asOf index walks the range (every claim in it is counted), less the
  // retracted ones in it, which the retractedAt index finds.
  WITH 1 AS inRange
  WHERE $withTotal AND ($asOfFrom IS NOT NULL OR $asOfTo IS NOT NULL)
  CALL () {
    MATCH ()-[r:HOLDS_STANCE]->()
    WHERE r.asOf >= date(coalesce($asOfFrom, '0001-01-01')) AND r.asOf <= date(coalesce($asOfTo, '9999-12-31'))
      AND ($stance IS NULL OR r.stance = $stance)
      AND ($attribution IS NULL OR r.attribution = $attribution)
      AND ($source IS NULL OR $source IN r.sources)
    RETURN count(r) AS matching
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
  RETURN matching - retracted AS n
  UNION ALL
  WITH 1 AS filtered
  WHERE $withTotal AND ($source IS NOT NULL OR ($stance IS NOT NULL AND $attribution IS NOT NULL))
    AND $asOfFrom IS NULL AND $asOfTo IS NULL
  MATCH ()-[r:HOLDS_STANCE]->()
  WHERE ($stance IS NULL OR r.stance = $stance)
    AND ($attribution IS NULL OR r.attribution = $attribution)
    AND ($source IS NULL OR $source IN r.sources)
    AND ($includeRetracted OR r.retractedAt IS NULL)
  RETURN count(r) AS n
}
WITH sum(n) AS total,
     // The dated claims come from before this day (exclusive): the cursor's own day is read
     // apart, by id; the first page starts the day after the range's end.
     CASE WHEN $afterId IS NULL THEN date(coalesce($asOfTo, '9999-12-31')) + duration('P1D') ELSE date($afterDate) END AS until
CALL () {
  WITH 1 AS cursor
  WHERE $afterId IS NOT NULL
  MATCH ()-[r:HOLDS_STANCE]->()
  USING INDEX r:HOLDS_STANCE(asOf, id)
  WHERE r.asOf = date($afterDate) AND r.id > $afterId
    AND r.asOf >= date(coalesce($asOfFrom, '0001-01-01')) AND r.asOf <= date(coalesce($asOfTo, '9999-12-31'))
    AND ($stance IS NULL OR r.stance = $stance)
    AND ($attribution IS NULL OR r.attribution = $attribution)
    AND ($source IS NULL OR $source IN r.sources)
    AND ($includeRetracted OR r.retractedAt IS NULL)
  // asOf is one day here: its order is the id's, which the (asOf, id) index gives.
  WITH r ORDER BY r.asOf, r.id
  LIMIT toInteger($limit)
  RETURN collect(r) AS sameDay
}
CALL (sameDay, until) {
  WITH 1 AS room
  WHERE size(sameDay) < $limit
  MATCH ()-[r:HOLDS_STANCE]->()
  WHERE r.asOf < until AND r.asOf >= date(coalesce($asOfFrom, '0001-01-01'))
    AND ($stance IS NULL OR r.stance = $stance)
    AND ($attribution IS NULL OR r.attribution = $attribution)
    AND ($source IS NULL OR $source IN r.sources)
    AND ($includeRetracted OR r.retractedAt IS NULL)
  WITH r.asOf AS day
  ORDER BY day DESC
  LIMIT toInteger($limit)
  RETURN collect(day) AS next
}
WITH total, sameDay, until, next[0..toInteger($limit) - size(sameDay)] AS days
WITH total, sameDay, until, days, days[-1] AS last
// Every claim dated after the last day the page reaches: all on the page, fewer than $limit.
CALL (until, last) {
  WITH 1 AS reached
  WHERE last IS NOT NULL
  MATCH ()-[r:HOLDS_STANCE]->()
  WHERE r.asOf > last AND r.asOf < until
    AND ($stance IS NULL OR r.stance = $stance)
    AND ($attribution IS NULL OR r.attribution = $attribution)
    AND ($source IS NULL OR $source IN r.sources)
    AND ($includeRetracted OR r.retractedAt IS NULL)
  WITH r
  ORDER BY r.asOf DESC, r.id
  RETURN collect(r) AS between
}
// The last day's first claims by id.
CALL (last) {
  WITH 1 AS reached
  WHERE last IS NOT NULL
  MATCH ()-[r:HOLDS_STANCE]->()
  USING INDEX r:HOLDS_STANCE(asOf, id)
  WHERE r.asOf = last AND r.id IS NOT NULL
    AND ($stance IS NULL OR r.stance = $stance)
    AND ($attribution IS NULL OR r.attribution = $attribution)
    AND ($source IS NULL OR $source IN r.sources)
    AND ($includeRetracted OR r.retractedAt IS NULL)
  WITH r ORDER BY r.asOf, r.id
  LIMIT toInteger($limit)
  RETURN collect(r) AS lastDay
}
WITH total, sameDay + between + lastDay[0..size(days) - size(between)] AS dated
CALL (dated) {
  // Nothing to read when the dated claims filled the page (the usual case), nor when a
  // bound on asOf leaves the undated claims out.
  UNWIND CASE WHEN size(dated) < $limit AND $asOfFrom IS NULL AND $asOfTo IS NULL THEN [true] ELSE [] END AS room
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
