// Answers: nodes whose name, aliases, title or description match a full-text query, best
// match first (then by id), optionally only of some kinds. Without a kind filter the index
// hands over only the best $limit hits (Lucene ranks them; among equal scores its own order
// decides which make the cut), so a common word costs no more than a rare one.
// Shapes: node is a node tuple (src/graph/tuples.ts).
// Parameters: $query: a Lucene query for the entity_text index (the API escapes user text
//   before it gets here); $kinds: [label] such as ['Actor', 'Issue'], or null for all;
//   $limit: how many results at most.
CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: CASE WHEN $kinds IS NULL THEN toInteger($limit) ELSE 1000000 END})
  YIELD node, score
WHERE $kinds IS NULL OR any(l IN labels(node) WHERE l IN $kinds)
WITH node, score
ORDER BY score DESC, node.id
LIMIT toInteger($limit)
WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS label
RETURN score,
       CASE label
         WHEN 'Actor' THEN ['Actor', node.id, node.name, node.aliases, node.title, node.description]
         WHEN 'Organization' THEN ['Organization', node.id, node.name, node.aliases, node.kind, node.country, node.description, [(node)-[:PART_OF]->(p) | p.id][0]]
         WHEN 'Issue' THEN ['Issue', node.id, node.name, node.description, [(node)-[:PART_OF]->(p) | p.id][0]]
         WHEN 'Event' THEN ['Event', node.id, node.name, node.kind, node.status, node.datePrecision, node.location, node.description, toString(node.date)]
         WHEN 'Source' THEN ['Source', node.id, node.title, node.publisher, node.publishedAtPrecision, node.file, toString(node.publishedAt)]
       END AS node
