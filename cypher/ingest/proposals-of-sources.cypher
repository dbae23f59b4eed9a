// Answers: the proposals drafted from some sources, in the order a curator reviews them
// (by kind, then id), each with what the proposals it depends on became.
// Parameters: $ids: [source id].
// Returns: one row per source id: sourceId, proposals: [proposal as in ingest/proposals-by-id].
UNWIND $ids AS sourceId
OPTIONAL MATCH (p:Proposal)-[:PROPOSED_IN]->(:Source {id: sourceId})
WITH sourceId, p ORDER BY p.kind, p.id
RETURN sourceId, [x IN collect(p) | x {
  .id, .kind, .status, .target, .payload, .evidence, .confidence, .dependsOn, .result, .reason, .edits,
  .createdBy, .decidedBy,
  createdAt: toString(x.createdAt), decidedAt: toString(x.decidedAt),
  sourceId: sourceId,
  deps: COLLECT { UNWIND coalesce(x.dependsOn, []) AS d MATCH (q:Proposal {id: d}) RETURN q {.id, .kind, .status, .target, .result} }
}] AS proposals
