// Answers: the nodes bench/writer.ts renames while the cached target is measured, one or more
// that each of the five throughput questions reads (the actor, the issue, the event, the first
// actor and the first issue of the listings by id), with the name to put back afterwards.
// Parameters: $ids: [id] the questions ask about by id.
CALL () {
  MATCH (a:Actor)
  WITH a ORDER BY a.id LIMIT 1
  RETURN a.id AS firstActor
}
CALL () {
  MATCH (i:Issue)
  WITH i ORDER BY i.id LIMIT 1
  RETURN i.id AS firstIssue
}
UNWIND $ids + [firstActor, firstIssue] AS id
MATCH (n:Entity {id: id})
RETURN DISTINCT n.id AS id, n.name AS name
ORDER BY id
