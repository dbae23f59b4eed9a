// CONCERNS edges from an event to the issues it concerns, carrying the event's sources. An
// event keeps exactly the issues its row lists: CONCERNS edges to other issues are removed.
// Parameters: $rows: [{id, issues: [issue id], sources: [source id]}], one per seeded event.
// Returns: written, the number of CONCERNS edges the rows ask for.
UNWIND $rows AS row
MATCH (event:Event:Entity {id: row.id})
CALL (event, row) {
  MATCH (event)-[old:CONCERNS]->(other)
  WHERE NOT other.id IN row.issues
  DELETE old
}
WITH event, row
UNWIND row.issues AS issueId
MATCH (issue:Issue:Entity {id: issueId})
MERGE (event)-[r:CONCERNS]->(issue)
SET r.sources = row.sources
RETURN count(*) AS written
