import { cypher } from '../../graph/cypher.js';
import type { Db } from '../../graph/db.js';
import type { Change } from '../../feed/messages.js';
import { logger } from '../../logger.js';

const Q = { active: cypher<GraphKey>('keys/active') };

/** An API key kept in the graph (`npm run key -- create`): never the key, its SHA-256. */
export interface GraphKey {
  name: string;
  role: 'curator' | 'admin';
  sha256: string;
}

/** Whether a feed change concerns the API keys. */
const touchesKeys = (change: Change) => change.entity === 'node' && change.labels.includes('ApiKey');

/**
 * The API keys kept in Neo4j, as this replica knows them. Every replica reads them from the
 * graph, so a key made or revoked with `npm run key` works on all of them without a restart.
 *
 * They are read once and kept in memory (a credential check must not cost a query per
 * request), and read again when they may have changed: with a change feed, when the feed
 * tells of a change to an `:ApiKey` node or of a resync, so a revoked key is refused within
 * the feed's delay; without one (or while it is lost), when the copy is older than `ttlMs`,
 * which bounds how long a revoked key still works.
 */
export class KeyStore {
  private copy: { at: number; keys: GraphKey[] } | undefined;
  private loading: Promise<GraphKey[]> | undefined;
  /** Bumped by every change heard, so a read that began before one is not kept as fresh. */
  private generation = 0;

  constructor(
    private readonly db: Db,
    private readonly ttlMs: number,
    /** Whether a feed is up now and tells of every change. */
    private readonly feedUp: () => boolean = () => false,
  ) {}

  /** A transaction or a resync told by the feed. */
  heard(event: { kind: 'tx'; changes: readonly Change[] } | { kind: 'resync' }): void {
    if (event.kind === 'resync' || event.changes.some(touchesKeys)) {
      this.generation++;
      this.copy = undefined;
    }
  }

  /** The keys now: the copy in memory while it can be trusted, else read from the graph. */
  async keys(): Promise<GraphKey[]> {
    const copy = this.copy;
    if (copy && (this.feedUp() || Date.now() - copy.at < this.ttlMs)) return copy.keys;
    return (this.loading ??= this.load());
  }

  private async load(): Promise<GraphKey[]> {
    const generation = this.generation;
    const at = Date.now();
    try {
      const keys = await this.db.readPlain(Q.active);
      if (generation === this.generation) this.copy = { at, keys };
      return keys;
    } catch (e) {
      // No keys read means none accepted: a graph key is refused while Neo4j is away.
      logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'could not read the API keys from the graph');
      throw e;
    } finally {
      this.loading = undefined;
    }
  }
}
