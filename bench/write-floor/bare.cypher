// The write floor (bench/writeFloor.ts): $count relationships with no properties, between
// synthetic actors and issues the query finds itself, so nothing but the creation is measured
// (no rows shipped, no id lookups). The type has no index or constraint.
// Parameters: $count.
MATCH (i:Issue) WITH collect(i) AS issues
MATCH (a:Actor) WITH issues, collect(a) AS actors
UNWIND range(0, $count - 1) AS k
WITH actors[k % size(actors)] AS a, issues[(k * 7) % size(issues)] AS i
CREATE (a)-[:BENCH_WRITE_FLOOR]->(i)
