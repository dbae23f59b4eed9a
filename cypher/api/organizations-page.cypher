// Answers: one page of organizations ordered by id, and how many organizations there are in all.
// Shapes: items are node tuples (src/graph/tuples.ts).
// Parameters: $after: the id to continue after ('' for the first page);
//   $limit: how many rows at most (the API asks for one more than the page size, to learn
//   whether another page follows).
CALL () {
  MATCH (n:Organization)
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Organization)
  WHERE n.id > $after
  WITH n
  ORDER BY n.id
  LIMIT toInteger($limit)
  RETURN collect(['Organization', n.id, n.name, n.aliases, n.kind, n.country, n.description, [(n)-[:PART_OF]->(p) | p.id][0]]) AS items
}
RETURN total, items
