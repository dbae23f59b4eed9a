// Answers: one page of sources ordered by id, and how many sources there are in all.
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
  RETURN collect(n {
    .id, .title, .publisher, .publishedAtPrecision, .file,
    publishedAt: toString(n.publishedAt), label: 'Source'
  }) AS items
}
RETURN total, items
