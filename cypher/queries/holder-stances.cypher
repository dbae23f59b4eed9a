// Stances of one holder: every stance claim an actor or organization holds, newest first
// (undated claims last), with the issue, its parent issue and the sources behind each claim.
// asOf is shown to its precision: 2026-02-10, 2026-02 or 2025.
// Parameters: $holder, the id of an actor or organization.
//   :param holder => 'donald-trump'
// params: {"holder": "donald-trump"}
MATCH (holder:Entity {id: $holder})-[s:HOLDS_STANCE]->(issue:Issue)
OPTIONAL MATCH (issue)-[:PART_OF]->(parent:Issue)
RETURN
  CASE s.asOfPrecision WHEN 'YEAR' THEN left(toString(s.asOf), 4) WHEN 'MONTH' THEN left(toString(s.asOf), 7) ELSE toString(s.asOf) END AS asOf,
  issue.id AS issue,
  parent.id AS parentIssue,
  s.stance AS stance,
  s.attribution AS attribution,
  s.position AS position,
  s.quote AS quote,
  s.sources AS sources,
  s.id AS claim
ORDER BY s.asOf IS NULL, s.asOf DESC, issue, claim
