// Answers: proposals by id, with their source and what the proposals they depend on became.
// Parameters: $ids: [proposal id].
// Returns: one row per proposal found: proposal {id, kind, status, target, payload, evidence,
//   confidence, dependsOn, result, reason, edits, createdAt, createdBy, decidedAt, decidedBy,
//   sourceId, deps: [{id, kind, status, target, result}]}, props (stored properties, for audit).
UNWIND $ids AS id
MATCH (p:Proposal {id: id})-[:PROPOSED_IN]->(s:Source)
RETURN p {
  .id, .kind, .status, .target, .payload, .evidence, .confidence, .dependsOn, .result, .reason, .edits,
  .createdBy, .decidedBy,
  createdAt: toString(p.createdAt), decidedAt: toString(p.decidedAt),
  sourceId: s.id,
  deps: COLLECT { UNWIND coalesce(p.dependsOn, []) AS d MATCH (q:Proposal {id: d}) RETURN q {.id, .kind, .status, .target, .result} }
} AS proposal, properties(p) AS props
