import { FeedSet } from '../../feed/feedSet.js';
import type { Db } from '../../graph/db.js';
import type { Change } from '../../feed/messages.js';
import { KeyStore } from '../http/keyStore.js';
import { logger } from '../../logger.js';
import { SharedCache } from '../cache/sharedCache.js';
import { ChangeHub } from './stream.js';

export interface LiveGraphOptions {
  /** For the reads subscriptions make as events arrive. */
  db: Db;
  /** Where the change feed listens (Neo4jHandle.feed); absent over a Neo4j the project did not start. */
  feed?: () => string | undefined;
  /** Where the feeds of every member of a cluster listen (STANCEGRAPH_FEED_URI); used in place of `feed`. */
  feeds?: ReadonlyArray<() => string | undefined>;
  /** The cross-request cache's bound; 0 turns it off. */
  cacheBytes: number;
  /** The plugin's buffer bound for this consumer (tests make it small). */
  feedBufferChars?: number;
  /** How long API keys read from the graph are trusted while no feed tells of their changes (config.keysTtlMs). */
  keysTtlMs?: number;
}

/**
 * The API's view of changes as they happen: the change feed (when there is one) drives the
 * subscriptions' hub and keeps the cross-request cache fresh. The cache is on only while the
 * feed is up: when it is lost the cache is dropped and stays off until the feed is back.
 * Over a Neo4j without a feed there is no cache, and subscribers hear only of the writes this
 * API makes itself (`ownWrite`).
 */
export class LiveGraph {
  readonly hub = new ChangeHub();
  readonly cache: SharedCache | undefined;
  readonly feed: FeedSet | undefined;
  readonly db: Db;
  /** The API keys kept in the graph, read again when the feed tells of a change to them. */
  readonly keys: KeyStore;

  constructor(options: LiveGraphOptions) {
    this.db = options.db;
    this.keys = new KeyStore(options.db, options.keysTtlMs ?? 5_000, () => this.feed?.connected ?? false);
    const locators = options.feeds?.length ? options.feeds : options.feed ? [options.feed] : [];
    this.feed = locators.length ? new FeedSet(locators, { bufferChars: options.feedBufferChars }) : undefined;
    this.cache = this.feed && options.cacheBytes > 0 ? new SharedCache(options.cacheBytes) : undefined;
    const { feed, cache, hub } = this;
    const keys = this.keys;
    if (!feed) {
      logger.warn(
        'no change feed (set STANCEGRAPH_FEED_URI to the feed plugin of every Neo4j member, docs/scale-out.md): the cross-request cache is off, ' +
          "subscriptions see only this API's own writes, and API keys kept in the graph are read again every few seconds",
      );
      return;
    }
    feed.on('up', () => {
      cache?.enable();
      logger.info({ cacheMb: cache ? cache.maxBytes / 2 ** 20 : 0 }, 'change feed connected; cross-request cache on');
    });
    feed.on('down', () => {
      cache?.disable();
      keys.heard({ kind: 'resync' });
      hub.publish({ kind: 'resync', reason: 'feed lost' });
      logger.warn('change feed lost: cross-request cache dropped and off until it is back');
    });
    feed.on('tx', (tx) => {
      cache?.evict(tx.changes);
      keys.heard({ kind: 'tx', changes: tx.changes });
      hub.publish({ kind: 'tx', tx });
    });
    feed.on('resync', (reason) => {
      cache?.clear();
      keys.heard({ kind: 'resync' });
      hub.publish({ kind: 'resync', reason });
    });
  }

  start(): this {
    this.feed?.start();
    return this;
  }

  /**
   * For the API's own writes, called after the write transaction commits and before the
   * mutation answers: the cache forgets what the write changed, so the writer reads its own
   * write even before the feed's event arrives. Without a feed, subscribers hear of the
   * write from here (with the feed, they hear of it once, from the feed). `all` drops the
   * whole cache, for a write whose reach the changes do not say (a merge).
   */
  ownWrite(changes: readonly Change[], { txId = -1, all = false }: { txId?: number; all?: boolean } = {}): void {
    if (all) this.cache?.clear();
    else this.cache?.evict(changes);
    if (!this.feed) this.hub.publish({ kind: 'tx', tx: { txId, commitTime: Date.now(), changes: [...changes] } });
  }

  stop(): void {
    this.feed?.stop();
    this.hub.closeAll();
  }
}
