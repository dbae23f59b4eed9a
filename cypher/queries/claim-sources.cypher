// The sources behind one stance claim: the claim itself (holder, issue, stance, attribution,
// quote) and one row per source it cites, with title, publisher and publication date.
// Parameters: $claim, the stance claim's id (HOLDS_STANCE.id).
//   :param claim => 'donald-trump-opposes-west-bank-annexation-2026-02'
// params: {"claim": "donald-trump-opposes-west-bank-annexation-2026-02"}
MATCH (holder)-[s:HOLDS_STANCE {id: $claim}]->(issue:Issue)
UNWIND s.sources AS sourceId
MATCH (source:Source {id: sourceId})
RETURN
  s.id AS claim,
  holder.name AS holder,
  issue.name AS issue,
  s.stance AS stance,
  s.attribution AS attribution,
  s.quote AS quote,
  source.id AS source,
  source.title AS title,
  source.publisher AS publisher,
  CASE source.publishedAtPrecision WHEN 'YEAR' THEN left(toString(source.publishedAt), 4) WHEN 'MONTH' THEN left(toString(source.publishedAt), 7) ELSE toString(source.publishedAt) END AS publishedAt,
  source.file AS file
ORDER BY source
