// Retracts a stance claim: it keeps every property and gains when, by whom and why it was
// retracted; the API's reads leave it out unless asked (docs/curation.md, History).
// Parameters: $id: the claim's id; $at: ISO date-time; $by: who; $reason: why.
// Returns: retracted, 0 or 1.
MATCH ()-[r:HOLDS_STANCE {id: $id}]->()
WHERE r.retractedAt IS NULL
SET r.retractedAt = datetime($at), r.retractedBy = $by, r.retractionReason = $reason,
    r.updatedAt = datetime($at), r.updatedBy = $by
RETURN count(r) AS retracted
