import DataLoader from 'dataloader';
import type { CypherQuery } from '../../graph/cypher.js';
import type { QueryRunner, Row } from '../../graph/db.js';

/**
 * Every loader waits for the current tick's promise jobs and I/O callbacks to settle before
 * it sends its batch. graphql-js reaches sibling fields through a few promise hops of its
 * own, so DataLoader's default (one process.nextTick) can split one level of a query into
 * two batches; setImmediate keeps one round trip per level.
 */
const schedule = (callback: () => void) => void setImmediate(callback);

/**
 * A loader for keys that are ids. The query takes `$ids` and returns one row per id with the
 * id in column `id` and the value in column `column`; values are put back in key order, and
 * an id the query did not return gets `missing`.
 */
export function idLoader<V>(runner: QueryRunner, query: CypherQuery, column: string, missing: () => V): DataLoader<string, V> {
  return new DataLoader<string, V>(
    async (ids) => {
      const rows = await runner.read(query, { ids: [...ids] });
      const byId = new Map<unknown, unknown>(rows.map((r) => [r.id, r[column]]));
      return ids.map((id) => (byId.get(id) as V | null | undefined) ?? missing());
    },
    { batchScheduleFn: schedule },
  );
}

/**
 * A loader for composite keys (an id plus filter arguments). The query takes
 * `$keys: [{i, ...key}]` and returns one row per key with its position in column `i`;
 * `cacheKeyFn` makes equal keys one load.
 */
export function keyLoader<K extends Record<string, unknown>, V>(
  runner: QueryRunner,
  query: CypherQuery,
  column: string,
  missing: () => V,
): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    async (keys) => {
      const rows: Row[] = await runner.read(query, { keys: keys.map((k, i) => ({ ...k, i })) });
      const byIndex = new Map<unknown, unknown>(rows.map((r) => [r.i, r[column]]));
      return keys.map((_, i) => (byIndex.get(i) as V | null | undefined) ?? missing());
    },
    { batchScheduleFn: schedule, cacheKeyFn: (key) => JSON.stringify(Object.entries(key).sort(([a], [b]) => a.localeCompare(b))) },
  );
}

/**
 * loader.loadMany, failing as a whole when the batch failed (the database is down, say):
 * DataLoader puts an Error in each failed slot, which would otherwise read as a missing node.
 */
export async function loadAllOrFail<K, V, C>(loader: DataLoader<K, V, C>, keys: readonly K[]): Promise<V[]> {
  const values = await loader.loadMany(keys);
  const failed = values.find((v): v is Error => v instanceof Error);
  if (failed) throw failed;
  return values as V[];
}
