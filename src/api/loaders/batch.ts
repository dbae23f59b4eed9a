import DataLoader from 'dataloader';
import type { CypherQuery } from '../../graph/cypher.js';
import { sharedBatch } from '../cache/batch.js';
import type { RequestCache } from '../cache/requestCache.js';
import type { QueryRunner } from '../request/requestRunner.js';

/**
 * Every loader waits for the current tick's promise jobs and I/O callbacks to settle before
 * it sends its batch. graphql-js reaches sibling fields through a few promise hops of its
 * own, so DataLoader's default (one process.nextTick) can split one level of a query into
 * two batches; setImmediate keeps one round trip per level.
 */
const schedule = (callback: () => void) => void setImmediate(callback);

/**
 * A DataLoader that also hands back, without a promise, what it already holds. graphql-js
 * completes an object synchronously only when every field of it is a plain value: one
 * promise-valued field (a cached `load` is still a promise) costs a promise per object, a
 * Promise.all over its fields and the allocations of both, which on a list of a thousand
 * claims with their holders was over a quarter of a request's allocations. Resolvers that find the
 * value settled (loaded earlier in the request, or primed by another query) return it as is.
 */
export class SettlingLoader<K, V, C = K> extends DataLoader<K, V, C> {
  readonly #settled: Map<C, V>;
  readonly #cacheKey: (key: K) => C;

  constructor(batch: DataLoader.BatchLoadFn<K, V>, options: DataLoader.Options<K, V, C> & { name: string }) {
    const settled = new Map<C, V>();
    const cacheKey = options.cacheKeyFn ?? ((key: K) => key as unknown as C);
    super(async (keys) => {
      const values = await batch(keys);
      keys.forEach((key, n) => {
        const value = values[n];
        if (!(value instanceof Error)) settled.set(cacheKey(key), value as V);
      });
      return values;
    }, options);
    this.#settled = settled;
    this.#cacheKey = cacheKey;
  }

  /** The value for `key` as it is now when the loader holds it, else a promise of it. */
  loadNow(key: K): V | Promise<V> {
    const cacheKey = this.#cacheKey(key);
    return this.#settled.has(cacheKey) ? (this.#settled.get(cacheKey) as V) : this.load(key);
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    const cacheKey = this.#cacheKey(key);
    if (!this.#settled.has(cacheKey) && !(value instanceof Error) && !isPromiseLike(value)) this.#settled.set(cacheKey, value);
    return super.prime(key, value);
  }

  override clear(key: K): this {
    this.#settled.delete(this.#cacheKey(key));
    return super.clear(key);
  }

  override clearAll(): this {
    this.#settled.clear();
    return super.clearAll();
  }
}

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

/** A batch query's row for ids: the id, and its value in column C. */
export type IdRow<C extends string, V> = { id: string } & { [K in C]: V | null };
/** A batch query's row for composite keys: the key's position, and its value in column C. */
export type KeyRow<C extends string, V> = { i: number } & { [K in C]: V | null };

/** How a batch query's rows become the loader's values. */
export interface RowsToValues<R, C extends keyof R, V> {
  /** The column holding each key's value. */
  column: C;
  /** A key the query returned no row (or a null value) for. */
  missing: () => V;
  /** The value of a row's column: the decoded tuples (tuples.ts), for most queries. */
  decode?: (raw: NonNullable<R[C]>) => V;
  /**
   * Called with a batch's rows and their decoded values before those reach the resolvers (to
   * prime other loaders), with the shared cache's mark taken before the query, when there is
   * a shared cache.
   */
  onRows?: (rows: readonly R[], values: ReadonlyArray<V | null>, since: number | undefined) => void;
}

/** Each row's value, decoded, and onRows told. */
function valuesOf<R, C extends keyof R, V>(rows: readonly R[], spec: RowsToValues<R, C, V>, since: number | undefined): Array<V | null> {
  const values = rows.map((r) => {
    const raw = r[spec.column];
    if (raw === null || raw === undefined) return null;
    return spec.decode ? spec.decode(raw) : (raw as unknown as V);
  });
  spec.onRows?.(rows, values, since);
  return values;
}

/**
 * A loader for keys that are ids. The query takes `$ids` and returns one row per id with the
 * id in column `id` and the value in `spec.column`; values are put back in key order, and
 * an id the query did not return gets `spec.missing()`. The loader is named after its query; with
 * `shared`, ids found in the cross-request cache are not sent.
 */
export function idLoader<R extends { id: string }, C extends keyof R, V>(
  runner: QueryRunner,
  query: CypherQuery<R>,
  spec: RowsToValues<R, C, V>,
  shared?: RequestCache,
): SettlingLoader<string, V> {
  return new SettlingLoader<string, V>(
    sharedBatch(shared, query.name, (id) => id, async (ids) => {
      const since = shared?.mark();
      const rows = await runner.read(query, { ids });
      const values = valuesOf(rows, spec, since);
      const byId = new Map(rows.map((r, n) => [r.id, values[n]]));
      return ids.map((id) => byId.get(id) ?? spec.missing());
    }),
    { batchScheduleFn: schedule, name: query.name },
  );
}

/**
 * A loader for composite keys (an id plus filter arguments). The query takes
 * `$keys: [{i, ...key}]` and returns one row per key with its position in column `i`;
 * `cacheKeyFn` makes equal keys one load (and one entry of the cross-request cache, with `shared`).
 */
export function keyLoader<K extends Record<string, unknown>, R extends { i: number }, C extends keyof R, V>(
  runner: QueryRunner,
  query: CypherQuery<R>,
  spec: RowsToValues<R, C, V>,
  shared?: RequestCache,
): SettlingLoader<K, V, string> {
  // Code-unit order, not localeCompare: the keys are ASCII names, and ICU collation was a
  // visible share of a small request's CPU (a key per holder per request).
  const cacheKeyFn = (key: K) => JSON.stringify(Object.entries(key).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return new SettlingLoader<K, V, string>(
    sharedBatch(shared, query.name, cacheKeyFn, async (keys) => {
      const since = shared?.mark();
      const rows = await runner.read(query, { keys: keys.map((k, i) => ({ ...k, i })) });
      const values = valuesOf(rows, spec, since);
      const byIndex = new Map(rows.map((r, n) => [r.i, values[n]]));
      return keys.map((_, i) => byIndex.get(i) ?? spec.missing());
    }),
    { batchScheduleFn: schedule, name: query.name, cacheKeyFn },
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
