// Answers: for each key, the stance claims (HOLDS_STANCE edges) an actor or organization
// holds, optionally only on one issue and of one kind; newest first by asOf (undated last),
// then by claim id; and the holder itself whole (self; null for an id of another kind) or
// the id when no node has it (absent), so that a root field asking for a holder's claims
// costs one query. One row per key.
// Shapes: claims are claim tuples and nodes node tuples (src/graph/tuples.ts).
// Parameters: $keys: [{i: the key's position, holder: id, issue: id or null, stance: SUPPORTS|OPPOSES|CONDITIONAL|MIXED or null,
//   details: the claim properties to read beyond id, stance, asOf and ends, among position, attribution, quote,
//   sources and asOfPrecision (when any is asked for, all five come back in detail, in that order; otherwise detail
//   is null), history for its retraction and provenance, and 'issue' to return each claim's issue whole in end;
//   includeRetracted: boolean, whether retracted claims count}].
UNWIND $keys AS key
OPTIONAL MATCH (h:Entity {id: key.holder})
CALL (key, h) {
  MATCH (h)-[r:HOLDS_STANCE]->(i:Issue)
  WHERE (key.issue IS NULL OR i.id = key.issue)
    AND (key.stance IS NULL OR r.stance = key.stance)
    AND (key.includeRetracted OR r.retractedAt IS NULL)
  WITH h, r, i
  ORDER BY r.asOf IS NULL, r.asOf DESC, r.id
  RETURN collect([
    r.id, r.stance, toString(r.asOf), h.id, i.id,
    CASE WHEN any(d IN key.details WHERE NOT d IN ['holder', 'issue', 'history'])
      THEN [r.position, r.attribution, r.quote, r.sources, r.asOfPrecision] END,
    CASE WHEN 'issue' IN key.details THEN ['Issue', i.id, i.name, i.description, [(i)-[:PART_OF]->(p) | p.id][0]] END,
    CASE WHEN 'history' IN key.details THEN r {
      .retractedBy, .retractionReason, .createdBy, .updatedBy,
      retractedAt: toString(r.retractedAt), createdAt: toString(r.createdAt), updatedAt: toString(r.updatedAt)
    } END
  ]) AS stances
}
RETURN key.i AS i, stances, CASE WHEN h IS NULL THEN key.holder END AS absent,
       CASE WHEN h:Actor THEN ['Actor', h.id, h.name, h.aliases, h.title, h.description]
            WHEN h:Organization THEN ['Organization', h.id, h.name, h.aliases, h.kind, h.country, h.description, [(h)-[:PART_OF]->(p) | p.id][0]] END AS self
