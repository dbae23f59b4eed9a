import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, inject } from 'vitest';
import { FeedClient } from '../../src/feed/client.js';
import type { FeedSet } from '../../src/feed/feedSet.js';
import type { Change, FeedTx } from '../../src/feed/messages.js';

/** The run's change feed (tests/globalSetup.ts); the feed tests need the embedded Neo4j. */
export function testFeedAddress(): string {
  const { feed } = inject('neo4j');
  if (!feed) throw new Error('These tests need the embedded Neo4j and its change feed: run them without NEO4J_URI');
  return feed;
}

/** A connected feed client, stopped after the file's tests. */
export async function testFeedClient(): Promise<FeedClient> {
  const address = testFeedAddress();
  const client = new FeedClient(() => address).start();
  afterAll(() => client.stop());
  await client.waitUntilUp();
  return client;
}

/** The first transaction the client reports for which `match` holds of some change. */
export function nextTx(client: FeedClient | FeedSet, match: (c: Change) => boolean, timeoutMs = 30_000): Promise<FeedTx> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off('tx', onTx);
      reject(new Error('no matching change arrived on the feed'));
    }, timeoutMs);
    const onTx = (tx: FeedTx) => {
      if (!tx.changes.some(match)) return;
      clearTimeout(timer);
      client.off('tx', onTx);
      resolve(tx);
    };
    client.on('tx', onTx);
  });
}

/**
 * A loopback TCP proxy in front of the real feed, so a test can cut the feed (as a Neo4j
 * restart would) and bring it back on the same address without touching the run's Neo4j.
 */
export class FeedProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: string) {}

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async open(): Promise<void> {
    const [host, port] = [this.target.slice(0, this.target.lastIndexOf(':')), Number(this.target.slice(this.target.lastIndexOf(':') + 1))];
    const server = createServer((client) => {
      const upstream = connect({ host, port });
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Drops every connection and stops listening: the feed is lost. */
  async cut(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }
}
