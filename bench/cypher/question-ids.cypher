// Answers: the ids and values the bench's questions need that depend on the data: whether
// the preferred ids exist, an actor sharing the most issues with $actor (for compare), the
// first word of $hub's name (for search) and the span of claim dates (for a date range).
// Parameters: $ids: [id] the bench would like to use; $actor: an actor id; $hub: an actor id.
CALL () {
  UNWIND $ids AS id
  OPTIONAL MATCH (n:Entity {id: id})
  RETURN collect(CASE WHEN n IS NULL THEN id END) AS missing
}
CALL () {
  OPTIONAL MATCH (:Actor {id: $actor})-[:HOLDS_STANCE]->(i:Issue)<-[:HOLDS_STANCE]-(b:Actor)
  WHERE b.id <> $actor
  WITH b, count(DISTINCT i) AS shared
  ORDER BY shared DESC, b.id
  LIMIT 1
  RETURN b.id AS partner
}
CALL () {
  OPTIONAL MATCH (h:Actor {id: $hub})
  RETURN split(h.name, ' ')[0] AS hubWord
}
CALL () {
  MATCH ()-[r:HOLDS_STANCE]->()
  WHERE r.asOf IS NOT NULL
  WITH r.asOf AS d
  ORDER BY d
  WITH collect(d) AS ds
  RETURN toString(ds[size(ds) / 2]) AS asOfFrom, toString(ds[size(ds) / 2 + size(ds) / 12]) AS asOfTo
}
RETURN missing, partner, hubWord, asOfFrom, asOfTo
