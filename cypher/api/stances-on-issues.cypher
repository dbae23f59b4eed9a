// Answers: for each key, the stance claims (HOLDS_STANCE edges) held on an issue, or with
// includeSubIssues on it and every issue PART_OF it at any depth, optionally of one kind;
// newest first by asOf (undated last), then by claim id. One row per key.
// Parameters: $keys: [{i: the key's position, issue: id, stance: SUPPORTS|OPPOSES|CONDITIONAL|MIXED or null, includeSubIssues: boolean}].
UNWIND $keys AS key
CALL (key) {
  MATCH (i:Issue)-[:PART_OF*0..]->(top:Issue {id: key.issue})
  WHERE key.includeSubIssues OR i = top
  MATCH (h:Entity)-[r:HOLDS_STANCE]->(i)
  WHERE key.stance IS NULL OR r.stance = key.stance
  WITH h, r, i
  ORDER BY coalesce(r.asOf, date('0001-01-01')) DESC, r.id
  RETURN collect(r {.*, holderId: h.id, issueId: i.id}) AS stances
}
RETURN key.i AS i, stances
ORDER BY i
