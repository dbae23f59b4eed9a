// The write floor (bench/writeFloor.ts): $count relationships carrying what a synthetic claim
// carries (eight properties: ids and texts of the same lengths, a DATE, a list of one source
// id), between synthetic actors and issues the query finds itself. The type has no index or
// constraint, so this is the least a claim can cost in this Neo4j.
// Parameters: $count.
MATCH (i:Issue) WITH collect(i) AS issues
MATCH (a:Actor) WITH issues, collect(a) AS actors
UNWIND range(0, $count - 1) AS k
WITH actors[k % size(actors)] AS a, issues[(k * 7) % size(issues)] AS i, k
CREATE (a)-[:BENCH_WRITE_FLOOR {
  id: 'floor-claim-' + toString(k),
  stance: 'OPPOSES',
  position: 'Rejects Synthetic Issue 1 outright.',
  attribution: 'STATED',
  asOf: date('2026-08-30'),
  asOfPrecision: 'DAY',
  quote: 'We will not move on issue 1 until the hostages are released.',
  sources: ['synth-source-00867']
}]->(i)
