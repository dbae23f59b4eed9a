// Stores an ingested article's text beside its Source, on a SourceText node of its own (never
// an Entity): the Source node stays as light as a seeded one for every read, and the text
// (up to STANCEGRAPH_INGEST_MAX_BYTES) is read only by the draft's evidence.
// Parameters: $sourceId; $text: {hash, text, bytes, url, draft (the extractor's draft as JSON
//   text), warnings: [string], ingestedAt (ISO date-time), ingestedBy}.
// Returns: written, 1 (0 when the Source is missing).
MATCH (s:Source {id: $sourceId})
CREATE (t:SourceText)-[:TEXT_OF]->(s)
SET t = {
  sourceId: $sourceId,
  hash: $text.hash,
  text: $text.text,
  bytes: $text.bytes,
  url: $text.url,
  draft: $text.draft,
  warnings: $text.warnings,
  ingestedAt: datetime($text.ingestedAt),
  ingestedBy: $text.ingestedBy
}
RETURN count(t) AS written
