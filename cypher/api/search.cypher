// Answers: nodes whose name, aliases, title or description match a full-text query, best
// match first (then by id), optionally only of some kinds. Without a kind filter the index
// hands over only the best $limit hits (Lucene ranks them; among equal scores its own order
// decides which make the cut), so a common word costs no more than a rare one.
// Parameters: $query: a Lucene query for the entity_text index (the API escapes user text
//   before it gets here); $kinds: [label] such as ['Actor', 'Issue'], or null for all;
//   $limit: how many results at most.
CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: CASE WHEN $kinds IS NULL THEN toInteger($limit) ELSE 1000000 END})
  YIELD node, score
WHERE $kinds IS NULL OR any(l IN labels(node) WHERE l IN $kinds)
WITH node, score
ORDER BY score DESC, node.id
LIMIT toInteger($limit)
RETURN score,
       node {
         .id, .name, .aliases, .title, .description, .kind, .country, .status, .datePrecision,
         .location, .publisher, .publishedAtPrecision, .file,
         date: toString(node.date), publishedAt: toString(node.publishedAt),
         label: [l IN labels(node) WHERE l <> 'Entity'][0],
         parent: [(node)-[:PART_OF]->(p) | p.id][0]
       } AS node
