// Answers: one page of stance claims (HOLDS_STANCE edges), newest first by asOf (undated
// last, then by claim id), filtered, and how many claims match in all. Every filter
// parameter may be null, meaning "any".
// Parameters: $holder: actor or organization id; $issue: issue id; $includeSubIssues:
//   with $issue, also claims on issues PART_OF it at any depth; $stance: SUPPORTS|OPPOSES|
//   CONDITIONAL|MIXED; $attribution: STATED|REPORTED|ASSESSED; $source: a source id the
//   claim must list; $asOfFrom, $asOfTo: ISO dates bounding asOf (the first day of its
//   period; undated claims never match a bound);
//   $afterDate, $afterId: the sort key to continue after (undated claims sort as
//   0001-01-01), both null for the first page;
//   $limit: how many rows at most (one more than the page size).
CALL () {
  MATCH (h:Entity)-[r:HOLDS_STANCE]->(i:Issue)
  WHERE ($holder IS NULL OR h.id = $holder)
    AND ($issue IS NULL OR i.id = $issue
         OR ($includeSubIssues AND EXISTS { (i)-[:PART_OF*1..]->(:Issue {id: $issue}) }))
    AND ($stance IS NULL OR r.stance = $stance)
    AND ($attribution IS NULL OR r.attribution = $attribution)
    AND ($source IS NULL OR $source IN r.sources)
    AND ($asOfFrom IS NULL OR r.asOf >= date($asOfFrom))
    AND ($asOfTo IS NULL OR r.asOf <= date($asOfTo))
  RETURN count(r) AS total
}
CALL () {
  MATCH (h:Entity)-[r:HOLDS_STANCE]->(i:Issue)
  WHERE ($holder IS NULL OR h.id = $holder)
    AND ($issue IS NULL OR i.id = $issue
         OR ($includeSubIssues AND EXISTS { (i)-[:PART_OF*1..]->(:Issue {id: $issue}) }))
    AND ($stance IS NULL OR r.stance = $stance)
    AND ($attribution IS NULL OR r.attribution = $attribution)
    AND ($source IS NULL OR $source IN r.sources)
    AND ($asOfFrom IS NULL OR r.asOf >= date($asOfFrom))
    AND ($asOfTo IS NULL OR r.asOf <= date($asOfTo))
  WITH h, r, i, coalesce(r.asOf, date('0001-01-01')) AS sortDate
  WHERE $afterId IS NULL
     OR sortDate < date($afterDate)
     OR (sortDate = date($afterDate) AND r.id > $afterId)
  WITH h, r, i, sortDate
  ORDER BY sortDate DESC, r.id
  LIMIT toInteger($limit)
  RETURN collect(r {.*, holderId: h.id, issueId: i.id}) AS items
}
RETURN total, items
