// Stance history of one holder on one issue and its sub-issues, oldest first (undated claims
// last): every claim is kept, so a change of position shows as successive rows.
// Parameters: $holder, the id of an actor or organization; $issue, the issue's id.
//   :param holder => 'donald-trump'
//   :param issue => 'military-strikes-on-iran'
// params: {"holder": "donald-trump", "issue": "military-strikes-on-iran"}
MATCH (root:Issue {id: $issue})
MATCH (:Entity {id: $holder})-[s:HOLDS_STANCE]->(issue:Issue)-[:PART_OF*0..]->(root)
RETURN
  CASE s.asOfPrecision WHEN 'YEAR' THEN left(toString(s.asOf), 4) WHEN 'MONTH' THEN left(toString(s.asOf), 7) ELSE toString(s.asOf) END AS asOf,
  issue.id AS issue,
  s.stance AS stance,
  s.attribution AS attribution,
  s.position AS position,
  s.sources AS sources,
  s.id AS claim
ORDER BY s.asOf IS NULL, s.asOf, issue, claim
