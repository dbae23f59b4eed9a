import type { Express, Request } from 'express';
import type { LiveGraph } from '../live/liveGraph.js';

/** How many recent commit-to-eviction delays are kept: enough for minutes of a write every 100 ms. */
const LAGS_KEPT = 4096;

/** What GET /cache-stats answers (bench/cacheStats.ts reads it). */
export interface CacheStatsBody {
  /** Whether the cross-request cache holds and serves entries now (there is one and its feed is up). */
  enabled: boolean;
  hits: number;
  misses: number;
  evicted: number;
  entries: number;
  bytes: number;
  /** Transactions the feed delivered since start-up. */
  feedTxs: number;
  /** Commit to eviction, ms, of the last `lagsMs.length` of them (oldest first). */
  lagsMs: number[];
  /** Subscriptions open now (the fault tests watch it go back to where it was). */
  subscribers: number;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Whether a request came from this machine: the figures are for whoever runs the server, not its clients. */
export const fromLoopback = (req: Pick<Request, 'socket'>) => LOOPBACK.has(req.socket.remoteAddress ?? '');

/**
 * GET /cache-stats: the cross-request cache's counters and how long the feed's changes took
 * from commit to eviction, for `npm run bench`. Only a client on the same machine gets them
 * (any other gets a 404), in every mode, as the bench measures production.
 *
 * The delay is taken the way bench/invalidation.ts takes it: a `tx` listener registered after
 * the live graph's own, so the entries are already gone when it runs.
 */
export function mountCacheStats(app: Express, live: LiveGraph): void {
  const lags: number[] = [];
  let feedTxs = 0;
  live.feed?.on('tx', (tx) => {
    feedTxs++;
    lags.push(Date.now() - tx.commitTime);
    if (lags.length > LAGS_KEPT) lags.shift();
  });
  app.get('/cache-stats', (req, res, next) => {
    if (!fromLoopback(req)) return next();
    const stats = live.cache?.stats() ?? { hits: 0, misses: 0, evicted: 0, entries: 0, bytes: 0 };
    const body: CacheStatsBody = { enabled: live.cache?.enabled ?? false, ...stats, feedTxs, lagsMs: [...lags], subscribers: live.hub.size };
    res.json(body);
  });
}
