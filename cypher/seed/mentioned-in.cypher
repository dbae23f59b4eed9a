// MENTIONED_IN edges from a node to each source that mentions it. A node keeps exactly the
// sources its row lists: MENTIONED_IN edges to other sources are removed.
// Parameters: $rows: [{id, sources: [source id]}], one per seeded actor, organization, issue and event.
// Returns: written, the number of MENTIONED_IN edges the rows ask for.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL (n, row) {
  MATCH (n)-[old:MENTIONED_IN]->(other)
  WHERE NOT other.id IN row.sources
  DELETE old
}
WITH n, row
UNWIND row.sources AS sourceId
MATCH (source:Source:Entity {id: sourceId})
MERGE (n)-[:MENTIONED_IN]->(source)
RETURN count(*) AS written
