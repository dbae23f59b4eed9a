// Answers: one page of actors ordered by id, and how many actors there are in all.
// Shapes: items are node tuples (src/graph/tuples.ts).
// Parameters: $after: the id to continue after ('' for the first page);
//   $limit: how many rows at most (the API asks for one more than the page size, to learn
//   whether another page follows).
CALL () {
  MATCH (n:Actor)
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Actor)
  WHERE n.id > $after
  WITH n
  ORDER BY n.id
  LIMIT toInteger($limit)
  RETURN collect(['Actor', n.id, n.name, n.aliases, n.title, n.description]) AS items
}
RETURN total, items
