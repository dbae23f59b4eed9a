// Records a curator's decision on a proposal: ACCEPTED with what accepting wrote (result: the
// id of the node or claim, or the edge's key) and the edits made, or REJECTED with why. The
// proposal stays, so the review keeps who decided what, when and why.
// Parameters: $id; $status: ACCEPTED or REJECTED; $at (ISO date-time); $by; $reason (or null);
//   $result (or null); $edits (JSON text or null).
// Returns: decided, 1 when the proposal exists.
MATCH (p:Proposal {id: $id})
SET p.status = $status, p.decidedAt = datetime($at), p.decidedBy = $by,
    p.reason = $reason, p.result = $result, p.edits = $edits
RETURN count(p) AS decided
