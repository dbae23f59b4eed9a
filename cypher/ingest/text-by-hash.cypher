// Answers: the article already ingested with this exact text (by content hash), so ingesting
// it again returns its draft instead of a second Source.
// Parameters: $hash: SHA-256 (hex) of the text as stored.
// Returns: zero or one row: sourceId.
MATCH (t:SourceText {hash: $hash})-[:TEXT_OF]->(s:Source)
RETURN s.id AS sourceId
