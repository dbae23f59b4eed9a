// Every article text the ingest stored (SourceText, beside its Source), for
// `npm run export -- --with-text`. The seed records never hold it.
// Parameters: none. Returns: one row per stored text: sourceId, text.
MATCH (t:SourceText)-[:TEXT_OF]->(s:Source)
RETURN s.id AS sourceId, t.text AS text
ORDER BY sourceId
