// Answers: for each key, the stance claims (HOLDS_STANCE edges) an actor or organization
// holds, optionally only on one issue and of one kind; newest first by asOf (undated last),
// then by claim id. One row per key.
// Parameters: $keys: [{i: the key's position, holder: id, issue: id or null, stance: SUPPORTS|OPPOSES|CONDITIONAL|MIXED or null,
//   details: the claim properties to read beyond id, stance, asOf and ends, among position, attribution, quote,
//   sources, asOfPrecision and history (the others come back null), includeRetracted: boolean, whether retracted
//   claims count}].
UNWIND $keys AS key
CALL (key) {
  MATCH (h:Entity {id: key.holder})-[r:HOLDS_STANCE]->(i:Issue)
  WHERE (key.issue IS NULL OR i.id = key.issue)
    AND (key.stance IS NULL OR r.stance = key.stance)
    AND (key.includeRetracted OR r.retractedAt IS NULL)
  WITH h, r, i
  ORDER BY r.asOf IS NULL, r.asOf DESC, r.id
  RETURN collect(r {
    .id, .stance, asOf: toString(r.asOf), holderId: h.id, issueId: i.id,
    position: CASE WHEN 'position' IN key.details THEN r.position END,
    attribution: CASE WHEN 'attribution' IN key.details THEN r.attribution END,
    quote: CASE WHEN 'quote' IN key.details THEN r.quote END,
    sources: CASE WHEN 'sources' IN key.details THEN r.sources END,
    asOfPrecision: CASE WHEN 'asOfPrecision' IN key.details THEN r.asOfPrecision END,
    history: CASE WHEN 'history' IN key.details THEN r {
      .retractedBy, .retractionReason, .createdBy, .updatedBy,
      retractedAt: toString(r.retractedAt), createdAt: toString(r.createdAt), updatedAt: toString(r.updatedAt)
    } END
  }) AS stances
}
RETURN key.i AS i, stances
