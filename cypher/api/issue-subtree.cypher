// Answers: the ids of an issue and of every issue PART_OF it at any depth; one row, empty
// ids when no issue has the id.
// Parameters: $issue: issue id.
OPTIONAL MATCH (i:Issue)-[:PART_OF*0..]->(:Issue {id: $issue})
RETURN collect(i.id) AS ids
