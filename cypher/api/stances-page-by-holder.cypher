// Answers: one page of the stance claims one actor or organization holds, newest first by
// asOf (undated last, then by claim id), filtered, and how many claims match in all. The
// holder drives the plan (the Entity id index, then its few claims); every other filter may
// be null, meaning "any".
// Shapes: items are claim tuples, end null (src/graph/tuples.ts).
// Parameters: $holder: actor or organization id; $issue: issue id; $includeSubIssues:
//   with $issue, also claims on issues PART_OF it at any depth; $stance: SUPPORTS|OPPOSES|
//   CONDITIONAL|MIXED; $attribution: STATED|REPORTED|ASSESSED; $source: a source id the
//   claim must list; $asOfFrom, $asOfTo: ISO dates bounding asOf (the first day of its
//   period; undated claims never match a bound);
//   $details: the claim properties to read beyond id, stance, asOf and ends, among position,
//   attribution, quote, sources and asOfPrecision (when any is asked for, all five come back in detail,
//   in that order; otherwise detail is null), and history for its retraction and provenance;
//   $includeRetracted: whether retracted claims are listed and counted;
//   $afterDate, $afterId: the sort key to continue after (undated claims: '0001-01-01'),
//   both null for the first page; $limit: how many rows at most (one more than the page size).
MATCH (h:Entity {id: $holder})-[r:HOLDS_STANCE]->(i:Issue)
WHERE ($issue IS NULL OR i.id = $issue
       OR ($includeSubIssues AND EXISTS { (i)-[:PART_OF*1..]->(:Issue {id: $issue}) }))
  AND ($stance IS NULL OR r.stance = $stance)
  AND ($attribution IS NULL OR r.attribution = $attribution)
  AND ($source IS NULL OR $source IN r.sources)
  AND ($includeRetracted OR r.retractedAt IS NULL)
  AND ($asOfFrom IS NULL OR r.asOf >= date($asOfFrom))
  AND ($asOfTo IS NULL OR r.asOf <= date($asOfTo))
WITH r ORDER BY r.asOf IS NULL, r.asOf DESC, r.id
WITH collect(r) AS matching
WITH size(matching) AS total,
     [r IN matching WHERE $afterId IS NULL
        OR r.asOf < date($afterDate) OR (r.asOf = date($afterDate) AND r.id > $afterId)
        OR (r.asOf IS NULL AND ($afterDate <> '0001-01-01' OR r.id > $afterId))][0..toInteger($limit)] AS page
RETURN total, [r IN page | [
  r.id, r.stance, toString(r.asOf), startNode(r).id, endNode(r).id,
  CASE WHEN any(d IN $details WHERE NOT d IN ['holder', 'issue', 'history'])
    THEN [r.position, r.attribution, r.quote, r.sources, r.asOfPrecision] END,
  null,
  CASE WHEN 'history' IN $details THEN r {
    .retractedBy, .retractionReason, .createdBy, .updatedBy,
    retractedAt: toString(r.retractedAt), createdAt: toString(r.createdAt), updatedAt: toString(r.updatedAt)
  } END
]] AS items
