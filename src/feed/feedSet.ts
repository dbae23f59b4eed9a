import { EventEmitter } from 'node:events';
import { logger } from '../logger.js';
import { FeedClient, type FeedClientEvents, type FeedClientOptions } from './client.js';
import type { FeedTx } from './messages.js';

/** Transaction ids remembered to drop a transaction told twice; older ones are not told again. */
const REMEMBERED = 4096;

/**
 * The change feeds of every member of one database: one member for a single server, all of
 * them for a cluster, where a transaction's listener fires on the member that commits it
 * (docs/scale-out.md). The set is `up` only while every member's feed is: a member whose feed
 * is lost may be the one committing now, so the cache that relies on the feed must not trust
 * the others alone.
 *
 * Transactions are told once: one already told under the same id, by this member or another
 * (a feed listed twice, a member that reports what another committed), is dropped when it
 * lists the same changes; when it lists others, the feeds disagree (two databases' feeds in
 * one list, a member restored from an old backup) and the set tells a resync, logged as an
 * error, so nothing cached from either is trusted. Members following different databases
 * (their hello says which) never count as up together.
 */
export class FeedSet extends EventEmitter<FeedClientEvents> {
  readonly members: FeedClient[];
  private readonly told = new Map<number, string>();
  private up = false;

  constructor(locators: ReadonlyArray<() => string | undefined>, options: FeedClientOptions = {}) {
    super();
    this.members = locators.map((locate) => new FeedClient(locate, options));
    for (const member of this.members) {
      member.on('up', () => this.update());
      member.on('down', () => {
        if (this.up) {
          this.up = false;
          this.emit('down');
        }
      });
      member.on('tx', (tx) => this.receive(tx));
      member.on('resync', (reason) => this.emit('resync', reason));
    }
  }

  /** Whether every member's feed is connected (and they follow one database). */
  get connected(): boolean {
    return this.up;
  }

  start(): this {
    for (const member of this.members) member.start();
    return this;
  }

  stop(): void {
    for (const member of this.members) member.stop();
  }

  /** Resolves once every member's feed is connected, or rejects after `timeoutMs`. */
  waitUntilUp(timeoutMs = 30_000): Promise<void> {
    if (this.up) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('up', onUp);
        reject(new Error(`the change feeds did not all answer within ${timeoutMs} ms`));
      }, timeoutMs);
      const onUp = () => {
        clearTimeout(timer);
        resolve();
      };
      this.once('up', onUp);
    });
  }

  private update(): void {
    if (this.up || !this.members.every((m) => m.connected)) return;
    const databases = new Set(this.members.map((m) => m.hello?.database).filter((d) => d !== undefined));
    if (databases.size > 1) {
      logger.error(
        { feeds: this.members.map((m) => ({ address: m.address, database: m.hello?.database })) },
        'the change feeds follow different databases (STANCEGRAPH_FEED_URI lists feeds of more than one); the cross-request cache stays off',
      );
      return;
    }
    this.up = true;
    this.emit('up');
  }

  private receive(tx: FeedTx): void {
    const fingerprint = JSON.stringify(tx.changes);
    const before = this.told.get(tx.txId);
    if (before !== undefined) {
      if (before === fingerprint) return;
      logger.error({ txId: tx.txId }, 'two change feeds told different changes under one transaction id; resync (nothing cached is trusted)');
      this.emit('resync', 'feeds disagree');
      return;
    }
    this.told.set(tx.txId, fingerprint);
    if (this.told.size > REMEMBERED) this.told.delete(this.told.keys().next().value!);
    this.emit('tx', tx);
  }
}
