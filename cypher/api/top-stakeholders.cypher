// Answers: the actors and organizations holding the most standing stance claims (retracted
// ones not counted), most first, then by id: the explorer's opening view.
// Shapes: node is a node tuple (src/graph/tuples.ts); claims is how many claims it holds.
// Parameters: $limit: how many at most.
MATCH (h:Actor|Organization)-[s:HOLDS_STANCE]->(:Issue)
WHERE s.retractedAt IS NULL
WITH h, count(s) AS claims
ORDER BY claims DESC, h.id
LIMIT toInteger($limit)
RETURN claims,
       CASE
         WHEN h:Actor THEN ['Actor', h.id, h.name, h.aliases, h.title, h.description]
         ELSE ['Organization', h.id, h.name, h.aliases, h.kind, h.country, h.description, [(h)-[:PART_OF]->(p) | p.id][0]]
       END AS node
