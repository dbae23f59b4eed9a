// Who stands where on an issue and its sub-issues: each holder's latest claim on each issue
// (latest asOf; undated claims count as oldest), grouped by issue and stance.
// Parameters: $issue, the issue's id.
//   :param issue => 'iran-policy'
// params: {"issue": "iran-policy"}
MATCH (root:Issue {id: $issue})
MATCH (holder)-[s:HOLDS_STANCE]->(issue:Issue)-[:PART_OF*0..]->(root)
WITH holder, issue, s ORDER BY s.asOf IS NULL, s.asOf DESC
WITH holder, issue, head(collect(s)) AS latest
RETURN
  issue.id AS issue,
  latest.stance AS stance,
  holder.id AS holder,
  holder.name AS holderName,
  CASE latest.asOfPrecision WHEN 'YEAR' THEN left(toString(latest.asOf), 4) WHEN 'MONTH' THEN left(toString(latest.asOf), 7) ELSE toString(latest.asOf) END AS asOf,
  latest.attribution AS attribution,
  latest.position AS position,
  latest.id AS claim
ORDER BY issue, stance, holder
