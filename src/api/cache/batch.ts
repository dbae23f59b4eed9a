import type { RequestCache } from './requestCache.js';
import { keyTags, valueFacts } from './tags.js';

const sharedKey = (name: string, key: string) => `${name}\u0000${key}`;

/** Stores a loader's value for `key`, tagged with the key's ids and those in the value. */
function store(cache: RequestCache, entryKey: string, key: unknown, value: unknown, since: number): void {
  const { ids, bytes } = valueFacts(value);
  cache.set(entryKey, value, [...keyTags(key), ...ids], since, bytes);
}

/**
 * Stores a value that another loader's query brought along (a node at an edge's far end) as
 * if the loader `name` had loaded it, read from a query that started at `since` (a mark).
 */
export function shareLoaded(cache: RequestCache | undefined, name: string, key: string, value: unknown, since: number | undefined): void {
  if (cache?.enabled && since !== undefined) store(cache, sharedKey(name, key), key, value, since);
}

/**
 * Puts the shared cache in front of a loader's batch function: keys found there skip Neo4j,
 * the rest go to `batch` in one query as before, and what it returns is stored for the next
 * request. With no cache, or the cache off, `batch` is returned as it is.
 */
export function sharedBatch<K, V>(
  cache: RequestCache | undefined,
  name: string,
  cacheKey: (key: K) => string,
  batch: (keys: readonly K[]) => Promise<V[]>,
): (keys: readonly K[]) => Promise<V[]> {
  if (!cache) return batch;
  return async (keys) => {
    if (!cache.enabled) return batch(keys);
    const since = cache.mark();
    const values: V[] = new Array(keys.length);
    const missing: number[] = [];
    keys.forEach((key, i) => {
      const hit = cache.get(sharedKey(name, cacheKey(key)));
      if (hit) values[i] = hit.value as V;
      else missing.push(i);
    });
    if (missing.length === 0) return values;
    const loaded = await batch(missing.map((i) => keys[i]!));
    missing.forEach((i, j) => {
      const value = loaded[j]!;
      values[i] = value;
      store(cache, sharedKey(name, cacheKey(keys[i]!)), keys[i], value, since);
    });
    return values;
  };
}
