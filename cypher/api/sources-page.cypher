// Answers: one page of sources ordered by id, and how many sources there are in all.
// Shapes: items are node tuples (src/graph/tuples.ts).
// Parameters: $after: the id to continue after ('' for the first page);
//   $limit: how many rows at most (the API asks for one more than the page size, to learn
//   whether another page follows).
CALL () {
  MATCH (n:Source)
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Source)
  WHERE n.id > $after
  WITH n
  ORDER BY n.id
  LIMIT toInteger($limit)
  RETURN collect(['Source', n.id, n.title, n.publisher, n.publishedAtPrecision, n.file, toString(n.publishedAt)]) AS items
}
RETURN total, items
