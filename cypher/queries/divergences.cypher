// Where two holders diverge: the issues both hold a stance on where their latest stances
// differ (SUPPORTS against CONDITIONAL counts as a divergence), side by side. A holder's
// latest claim on an issue is the one with the latest asOf; undated claims count as oldest.
// Parameters: $a and $b, the ids of two actors or organizations.
//   :param a => 'donald-trump'
//   :param b => 'benjamin-netanyahu'
// params: {"a": "donald-trump", "b": "benjamin-netanyahu"}
MATCH (:Entity {id: $a})-[sa:HOLDS_STANCE]->(issue:Issue)
WITH issue, sa ORDER BY sa.asOf IS NULL, sa.asOf DESC
WITH issue, head(collect(sa)) AS latestA
MATCH (:Entity {id: $b})-[sb:HOLDS_STANCE]->(issue)
WITH issue, latestA, sb ORDER BY sb.asOf IS NULL, sb.asOf DESC
WITH issue, latestA, head(collect(sb)) AS latestB
WHERE latestA.stance <> latestB.stance
RETURN
  issue.id AS issue,
  issue.name AS issueName,
  latestA.stance AS stanceA,
  latestA.position AS positionA,
  latestA.id AS claimA,
  latestB.stance AS stanceB,
  latestB.position AS positionB,
  latestB.id AS claimB
ORDER BY issue
