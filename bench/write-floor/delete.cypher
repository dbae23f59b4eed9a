// Deletes what bench/writeFloor.ts wrote, $count at a time. Returns: deleted.
MATCH ()-[r:BENCH_WRITE_FLOOR]->()
WITH r LIMIT toInteger($count)
DELETE r
RETURN count(*) AS deleted
