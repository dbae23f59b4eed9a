// Answers: nodes whose name, aliases, title or description match a full-text query, best
// match first (then by id), optionally only of some kinds.
// Parameters: $query: a Lucene query for the entity_text index (the API escapes user text
//   before it gets here); $kinds: [label] such as ['Actor', 'Issue'], or null for all;
//   $limit: how many results at most.
CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
WHERE $kinds IS NULL OR any(l IN labels(node) WHERE l IN $kinds)
WITH node, score
ORDER BY score DESC, node.id
LIMIT toInteger($limit)
RETURN score,
       node {.*, label: [l IN labels(node) WHERE l <> 'Entity'][0], parent: [(node)-[:PART_OF]->(p) | p.id][0]} AS node
