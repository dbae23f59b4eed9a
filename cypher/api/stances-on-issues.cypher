// Answers: for each key, the stance claims (HOLDS_STANCE edges) held on an issue, or with
// includeSubIssues on it and every issue PART_OF it at any depth, optionally of one kind,
// newest first by asOf (undated last), then by claim id; and how many there are of each
// kind. A key with countOnly gets the counts and no claims, so counting ships no claim.
// And the issue itself whole (self; null for an id of another kind) or the id when no node
// has it (absent), so that a root field asking for an issue's claims costs one query.
// One row per key.
// Shapes: claims are claim tuples and nodes node tuples (src/graph/tuples.ts).
// Parameters: $keys: [{i: the key's position, issue: id, stance: SUPPORTS|OPPOSES|CONDITIONAL|MIXED or null,
//   includeSubIssues: boolean, countOnly: boolean, details: the claim properties to read beyond id, stance, asOf
//   and ends, among position, attribution, quote, sources and asOfPrecision (when any is asked for, all five come
//   back in detail, in that order; otherwise detail is null), history for its retraction and provenance, and
//   'holder' to return each claim's holder whole in end; includeRetracted: boolean, whether retracted claims are
//   listed and counted}].
UNWIND $keys AS key
OPTIONAL MATCH (top:Entity {id: key.issue})
CALL (key, top) {
  MATCH (i:Issue)-[:PART_OF*0..]->(top)
  WHERE key.includeSubIssues OR i = top
  OPTIONAL MATCH (h:Entity)-[r:HOLDS_STANCE]->(i)
  WHERE (key.stance IS NULL OR r.stance = key.stance)
    AND (key.includeRetracted OR r.retractedAt IS NULL)
  WITH h, r, i
  ORDER BY r.asOf IS NULL, r.asOf DESC, r.id
  RETURN collect(CASE WHEN r IS NOT NULL AND NOT key.countOnly THEN [
           r.id, r.stance, toString(r.asOf), h.id, i.id,
           CASE WHEN any(d IN key.details WHERE NOT d IN ['holder', 'issue', 'history'])
             THEN [r.position, r.attribution, r.quote, r.sources, r.asOfPrecision] END,
           CASE WHEN 'holder' IN key.details THEN
             CASE WHEN h:Actor THEN ['Actor', h.id, h.name, h.aliases, h.title, h.description]
                  ELSE ['Organization', h.id, h.name, h.aliases, h.kind, h.country, h.description, [(h)-[:PART_OF]->(p) | p.id][0]] END
           END,
           CASE WHEN 'history' IN key.details THEN r {
             .retractedBy, .retractionReason, .createdBy, .updatedBy,
             retractedAt: toString(r.retractedAt), createdAt: toString(r.createdAt), updatedAt: toString(r.updatedAt)
           } END
         ] END) AS stances,
         {
           supports: count(CASE r.stance WHEN 'SUPPORTS' THEN 1 END),
           opposes: count(CASE r.stance WHEN 'OPPOSES' THEN 1 END),
           conditional: count(CASE r.stance WHEN 'CONDITIONAL' THEN 1 END),
           mixed: count(CASE r.stance WHEN 'MIXED' THEN 1 END),
           total: count(r)
         } AS counts
}
RETURN key.i AS i, {stances: stances, counts: counts} AS claims,
       CASE WHEN top IS NULL THEN key.issue END AS absent,
       CASE WHEN top:Issue THEN ['Issue', top.id, top.name, top.description, [(top)-[:PART_OF]->(p) | p.id][0]] END AS self
