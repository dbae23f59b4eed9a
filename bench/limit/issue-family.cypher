// The limit for question issueFamily: one issue, the issue it is part of (or null) and its
// sub-issues, in one query.
// Parameters: $id: an issue id.
OPTIONAL MATCH (i:Issue {id: $id})
RETURN {issue: i {
  .id, .name,
  parent: [(i)-[:PART_OF]->(p:Issue) | p {.id, .name}][0],
  subIssues: [(c:Issue)-[:PART_OF]->(i) | c {.id, .name}]
}} AS data
