// The limit for question searchText: the 10 best full-text matches (then by id) with their
// score. As in the API (cypher/api/search.cypher), the index hands over only its 10 best
// hits; among equal scores, its order decides which make the cut.
// Parameters: $lucene: the Lucene query for the entity_text index (the limit server turns the
//   GraphQL `text` into it with the API's own escaping, src/api/loaders/lucene.ts).
CALL db.index.fulltext.queryNodes('entity_text', $lucene, {limit: 10}) YIELD node, score
WITH node, score
ORDER BY score DESC, node.id
LIMIT 10
RETURN {search: collect({score: score, node: {id: node.id}})} AS data
