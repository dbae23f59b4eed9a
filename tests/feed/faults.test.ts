// What a replica does with feeds that misbehave: an address that does not answer, one that
// sends garbage, two that tell different changes under one transaction id, one listed twice.
// The feeds here are plain TCP servers speaking (or not) the plugin's protocol: what is under
// test is the API's side, which must never take what it cannot trust for fresh.
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import getPort from 'get-port';
import { afterEach, describe, expect, it } from 'vitest';
import { FeedSet } from '../../src/feed/feedSet.js';
import type { FeedTx, ResyncReason } from '../../src/feed/messages.js';

/** A fake feed: greets as the plugin does (or not), then sends what the test writes. */
class FakeFeed {
  readonly sockets: Socket[] = [];
  private server!: Server;
  address = '';

  constructor(private readonly hello: string | undefined = JSON.stringify({ type: 'hello', lastTxId: 1, database: 'neo4j' })) {}

  async open(): Promise<this> {
    this.server = createServer((socket) => {
      this.sockets.push(socket);
      socket.on('error', () => undefined);
      if (this.hello) socket.write(`${this.hello}\n`);
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.address = `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  send(line: string): void {
    for (const s of this.sockets) if (!s.destroyed) s.write(`${line}\n`);
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const tx = (txId: number, id: string): FeedTx => ({
  txId,
  commitTime: Date.now(),
  changes: [{ op: 'updated', entity: 'node', labels: ['Actor', 'Entity'], id, keys: ['name'] }],
});
const txLine = (txId: number, id: string) => JSON.stringify({ type: 'tx', ...tx(txId, id) });

const opened: Array<{ close(): unknown }> = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.close();
});

function watch(set: FeedSet) {
  const txs: number[] = [];
  const resyncs: ResyncReason[] = [];
  set.on('tx', (t) => txs.push(t.txId));
  set.on('resync', (r) => resyncs.push(r));
  opened.push({ close: () => set.stop() });
  return { txs, resyncs };
}

async function feeds(n: number, hello?: string): Promise<FakeFeed[]> {
  const made = await Promise.all(Array.from({ length: n }, () => new FakeFeed(hello).open()));
  opened.push(...made);
  return made;
}

describe('a replica reading feeds', () => {
  it('over an address that does not answer: never up (no cache), and up once every member answers', async () => {
    const [live] = await feeds(1);
    const silent = `127.0.0.1:${await getPort({ host: '127.0.0.1' })}`;
    let second = silent;
    const set = new FeedSet([() => live!.address, () => second], { maxRetryMs: 100 }).start();
    watch(set);
    await expect.poll(() => set.members[0]!.connected).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    expect(set.connected).toBe(false);
    const [late] = await feeds(1);
    second = late!.address;
    await set.waitUntilUp(10_000);
    expect(set.connected).toBe(true);
  });

  it('that sends garbage after its hello: a resync, and the connection made anew', async () => {
    const [feed] = await feeds(1);
    const set = new FeedSet([() => feed!.address], { maxRetryMs: 100 }).start();
    const seen = watch(set);
    await set.waitUntilUp(10_000);
    feed!.send(txLine(2, 'donald-trump'));
    feed!.send('<html>not a feed</html>');
    await expect.poll(() => seen.resyncs).toContain('feed garbled');
    // It reconnects: a second connection greets it again, and its transactions arrive.
    await expect.poll(() => feed!.sockets.length, { timeout: 10_000 }).toBe(2);
    await set.waitUntilUp(10_000);
    feed!.send(txLine(3, 'donald-trump'));
    await expect.poll(() => seen.txs).toEqual([2, 3]);
  });

  it('a tx line without its id is garbage too, not a change with no id', async () => {
    const [feed] = await feeds(1);
    const set = new FeedSet([() => feed!.address], { maxRetryMs: 100 }).start();
    const seen = watch(set);
    await set.waitUntilUp(10_000);
    feed!.send(JSON.stringify({ type: 'tx', changes: [] }));
    await expect.poll(() => seen.resyncs).toEqual(['feed garbled']);
    expect(seen.txs).toEqual([]);
  });

  it('that never says hello (not a feed, say an HTTP port): never up', async () => {
    const [mute] = await feeds(1, '');
    const set = new FeedSet([() => mute!.address], { maxRetryMs: 100, helloTimeoutMs: 200 }).start();
    watch(set);
    await expect.poll(() => mute!.sockets.length, { timeout: 10_000 }).toBeGreaterThan(1);
    expect(set.connected).toBe(false);
  });

  it('tells a transaction two members both report once, and a resync when they disagree on it', async () => {
    const [a, b] = await feeds(2);
    const set = new FeedSet([() => a!.address, () => b!.address]).start();
    const seen = watch(set);
    await set.waitUntilUp(10_000);
    a!.send(txLine(10, 'donald-trump'));
    b!.send(txLine(10, 'donald-trump'));
    b!.send(txLine(11, 'benjamin-netanyahu'));
    await expect.poll(() => seen.txs).toEqual([10, 11]);
    a!.send(txLine(11, 'steve-witkoff'));
    await expect.poll(() => seen.resyncs).toEqual(['feeds disagree']);
    expect(seen.txs).toEqual([10, 11]);
  });

  it('never counts feeds of two databases as up together', async () => {
    const [a] = await feeds(1);
    const [b] = await feeds(1, JSON.stringify({ type: 'hello', lastTxId: 1, database: 'other' }));
    const set = new FeedSet([() => a!.address, () => b!.address]).start();
    watch(set);
    await expect.poll(() => set.members.every((m) => m.connected)).toBe(true);
    expect(set.connected).toBe(false);
  });

  it('a member lost is the set lost (down), and its return a resync before up', async () => {
    const [a, b] = await feeds(2);
    const set = new FeedSet([() => a!.address, () => b!.address], { maxRetryMs: 100 }).start();
    const seen = watch(set);
    const downs: number[] = [];
    set.on('down', () => downs.push(1));
    await set.waitUntilUp(10_000);
    for (const s of b!.sockets) s.destroy();
    await expect.poll(() => downs.length).toBe(1);
    await set.waitUntilUp(10_000);
    expect(seen.resyncs).toEqual(['feed back']);
  });
});
