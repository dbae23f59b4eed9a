// Answers: the stored text and extraction of ingested sources (a seeded source has none).
// Parameters: $ids: [source id].
// Returns: one row per source that has a text: sourceId, text {text, bytes, hash, url, draft
//   (JSON text), warnings, ingestedAt, ingestedBy}.
UNWIND $ids AS sourceId
MATCH (t:SourceText)-[:TEXT_OF]->(:Source {id: sourceId})
RETURN sourceId, t {.text, .bytes, .hash, .url, .draft, .warnings, .ingestedBy, ingestedAt: toString(t.ingestedAt)} AS text
