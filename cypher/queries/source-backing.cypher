// Everything one source backs: the stance claims, attendances and affiliations that cite it,
// one row per edge, by type. (Nodes it mentions: MATCH (n)-[:MENTIONED_IN]->(:Source {id: $source}).)
// Parameters: $source, the source's id.
//   :param source => 'white-house-visit-2025-departure'
// params: {"source": "white-house-visit-2025-departure"}
MATCH (source:Source {id: $source})
CALL (source) {
  MATCH (holder)-[s:HOLDS_STANCE]->(issue:Issue)
  WHERE source.id IN s.sources
  RETURN 'HOLDS_STANCE' AS type, holder.id AS from, issue.id AS to, s.stance AS detail
  UNION ALL
  MATCH (attendee)-[a:ATTENDED]->(event:Event)
  WHERE source.id IN a.sources
  RETURN 'ATTENDED' AS type, attendee.id AS from, event.id AS to, a.role AS detail
  UNION ALL
  MATCH (actor:Actor)-[f:AFFILIATED_WITH]->(org:Organization)
  WHERE source.id IN f.sources
  RETURN 'AFFILIATED_WITH' AS type, actor.id AS from, org.id AS to, f.role AS detail
}
RETURN type, from, to, detail
ORDER BY type, from, to
