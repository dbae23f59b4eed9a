// Synthetic HOLDS_STANCE edges (stance claims) from an actor or organization to an issue,
// created. asOf is a DATE (first day of its period) with asOfPrecision, as the seed writes it.
// Parameters: $rows: [{id, holder, issue, stance, position, attribution, asOf (ISO date or null),
//   asOfPrecision, quote, sources: [source id]}].
// Returns: written, the number of edges created.
UNWIND $rows AS row
MATCH (holder:Entity {id: row.holder})
MATCH (issue:Entity {id: row.issue})
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
