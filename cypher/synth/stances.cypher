// Synthetic HOLDS_STANCE edges (stance claims) from an actor or organization to an issue,
// created. asOf is a DATE (first day of its period) with asOfPrecision, as the seed writes it.
// Parameters: $rows: [{id, holder, issue, stance, position, attribution, asOf (ISO date or null),
//   asOfPrecision, quote, sources: [source id]}]; holder and issue are the elementIds of nodes
//   this run created (see actors.cypher), sources the sources' `id`s.
// Returns: written, the number of edges created.
UNWIND $rows AS row
MATCH (holder:Entity) WHERE elementId(holder) = row.holder
MATCH (issue:Entity) WHERE elementId(issue) = row.issue
CREATE (holder)-[:HOLDS_STANCE {
  id: row.id,
  stance: row.stance,
  position: row.position,
  attribution: row.attribution,
  asOf: date(row.asOf),
  asOfPrecision: row.asOfPrecision,
  quote: row.quote,
  sources: row.sources
}]->(issue)
RETURN count(*) AS written
