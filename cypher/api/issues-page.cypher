// Answers: one page of issues ordered by id, and how many issues there are in all.
// Shapes: items are node tuples (src/graph/tuples.ts).
// Parameters: $after: the id to continue after ('' for the first page);
//   $limit: how many rows at most (the API asks for one more than the page size, to learn
//   whether another page follows).
CALL () {
  MATCH (n:Issue)
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Issue)
  WHERE n.id > $after
  WITH n
  ORDER BY n.id
  LIMIT toInteger($limit)
  RETURN collect(['Issue', n.id, n.name, n.description, [(n)-[:PART_OF]->(p) | p.id][0]]) AS items
}
RETURN total, items
