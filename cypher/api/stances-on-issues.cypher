// Answers: for each key, the stance claims (HOLDS_STANCE edges) held on an issue, or with
// includeSubIssues on it and every issue PART_OF it at any depth, optionally of one kind,
// newest first by asOf (undated last), then by claim id; and how many there are of each
// kind. A key with countOnly gets the counts and no claims, so counting ships no claim.
// One row per key.
// Parameters: $keys: [{i: the key's position, issue: id, stance: SUPPORTS|OPPOSES|CONDITIONAL|MIXED or null,
//   includeSubIssues: boolean, countOnly: boolean, details: the claim properties to read beyond id, stance, asOf
//   and ends, among position, attribution, quote, sources, asOfPrecision and history (the others come back
//   null); includeRetracted: boolean, whether retracted claims are listed and counted}].
UNWIND $keys AS key
CALL (key) {
  MATCH (i:Issue)-[:PART_OF*0..]->(top:Issue {id: key.issue})
  WHERE key.includeSubIssues OR i = top
  OPTIONAL MATCH (h:Entity)-[r:HOLDS_STANCE]->(i)
  WHERE (key.stance IS NULL OR r.stance = key.stance)
    AND (key.includeRetracted OR r.retractedAt IS NULL)
  WITH h, r, i
  ORDER BY r.asOf IS NULL, r.asOf DESC, r.id
  RETURN collect(CASE WHEN NOT key.countOnly THEN r {
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
         } END) AS stances,
         {
           supports: count(CASE r.stance WHEN 'SUPPORTS' THEN 1 END),
           opposes: count(CASE r.stance WHEN 'OPPOSES' THEN 1 END),
           conditional: count(CASE r.stance WHEN 'CONDITIONAL' THEN 1 END),
           mixed: count(CASE r.stance WHEN 'MIXED' THEN 1 END),
           total: count(r)
         } AS counts
}
RETURN key.i AS i, {stances: stances, counts: counts} AS claims
