// Stores a draft's proposals, each a Proposal node (never an Entity, so no read, count,
// search, graph, export or graphChanged sees it) linked to the Source it was drafted from.
// Parameters: $sourceId; $proposals: [{id, kind, target, payload (JSON text), evidence (JSON
//   text or null), confidence, dependsOn: [proposal id]}]; $at (ISO date-time); $by.
// Returns: written, the number of proposals written.
MATCH (s:Source {id: $sourceId})
UNWIND $proposals AS p
CREATE (n:Proposal)-[:PROPOSED_IN]->(s)
SET n = {
  id: p.id,
  kind: p.kind,
  target: p.target,
  payload: p.payload,
  evidence: p.evidence,
  confidence: p.confidence,
  dependsOn: p.dependsOn,
  status: 'PENDING',
  createdAt: datetime($at),
  createdBy: $by
}
RETURN count(n) AS written
