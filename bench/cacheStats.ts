/**
 * The cached targets' own figures, read from stancegraph's GET /cache-stats (loopback only,
 * src/api/http/cacheStats.ts) before and after a measured run: how many loader reads the
 * cross-request cache answered, how many entries the feed's changes evicted, and how long
 * each change took from Neo4j's commit to its eviction.
 */
import type { CacheStatsBody } from '../src/api/http/cacheStats.js';

/** One measured run's cache figures: the counters' differences and the delays of the commits in it. */
export interface CacheRun {
  hits: number;
  misses: number;
  evicted: number;
  /** Commit to eviction, ms, of each transaction the feed delivered during the run. */
  lagsMs: number[];
}

export async function fetchCacheStats(graphqlUrl: string): Promise<CacheStatsBody> {
  const url = new URL('/cache-stats', graphqlUrl);
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: the cached target must be a stancegraph with /cache-stats, reached over loopback`);
  return (await response.json()) as CacheStatsBody;
}

/** What happened between two readings of /cache-stats. */
export function cacheRun(before: CacheStatsBody, after: CacheStatsBody): CacheRun {
  const txs = after.feedTxs - before.feedTxs;
  return {
    hits: after.hits - before.hits,
    misses: after.misses - before.misses,
    evicted: after.evicted - before.evicted,
    // The server keeps only its latest delays: a run longer than that keeps what it has.
    lagsMs: txs > 0 ? after.lagsMs.slice(-txs) : [],
  };
}

/** The q-quantile (0 < q <= 1) by nearest rank, as bench/invalidation.ts reports it; undefined when empty. */
export function quantile(xs: readonly number[], q: number): number | undefined {
  if (!xs.length) return undefined;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Several runs' cache figures together: hit rate over every read, delays over every commit. */
export function summarizeCache(runs: readonly CacheRun[]) {
  const hits = runs.reduce((n, r) => n + r.hits, 0);
  const misses = runs.reduce((n, r) => n + r.misses, 0);
  const lags = runs.flatMap((r) => r.lagsMs);
  return {
    hits,
    misses,
    hitRate: hits + misses > 0 ? hits / (hits + misses) : undefined,
    evicted: runs.reduce((n, r) => n + r.evicted, 0),
    commits: lags.length,
    lagP50: quantile(lags, 0.5),
    lagP99: quantile(lags, 0.99),
  };
}
