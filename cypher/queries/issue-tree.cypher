// The issue hierarchy (PART_OF) under one issue, itself included, depth first, with the stance
// claims on each issue counted by kind, and the claims on it and everything below it.
// Parameters: $root, the id of the top issue; null for every tree in the graph.
//   :param root => 'iran-policy'
// params: {"root": "iran-policy"}
MATCH (root:Issue)
WHERE root.id = $root OR ($root IS NULL AND NOT (root)-[:PART_OF]->(:Issue))
MATCH path = (issue:Issue)-[:PART_OF*0..]->(root)
OPTIONAL MATCH ()-[s:HOLDS_STANCE]->(issue)
WITH issue, path,
  count(CASE s.stance WHEN 'SUPPORTS' THEN 1 END) AS supports,
  count(CASE s.stance WHEN 'OPPOSES' THEN 1 END) AS opposes,
  count(CASE s.stance WHEN 'CONDITIONAL' THEN 1 END) AS conditional,
  count(CASE s.stance WHEN 'MIXED' THEN 1 END) AS mixed,
  count(s) AS claims
RETURN
  length(path) AS depth,
  [n IN reverse(nodes(path)) | n.id] AS trail,
  issue.id AS issue,
  issue.name AS name,
  supports, opposes, conditional, mixed, claims,
  COUNT { ()-[:HOLDS_STANCE]->(:Issue)-[:PART_OF*0..]->(issue) } AS claimsInSubtree
ORDER BY trail
