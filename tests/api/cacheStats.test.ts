// GET /cache-stats over real HTTP, with the test Neo4j's change feed: what `npm run bench`
// reads to report the cross-request cache's hit rate and commit-to-eviction delay.
import { afterAll, describe, expect, it } from 'vitest';
import { type CacheStatsBody, fromLoopback } from '../../src/api/http/cacheStats.js';
import { startHttpServer } from '../../src/api/http/http.js';
import { LiveGraph } from '../../src/api/live/liveGraph.js';
import type { Change } from '../../src/feed/messages.js';
import { apiConfig } from '../helpers/api.js';
import { nextTx, testFeedAddress } from '../helpers/feed.js';
import { testDb } from '../helpers/neo4j.js';

const db = await testDb();
const live = new LiveGraph({ db, feed: testFeedAddress, cacheBytes: 8 * 2 ** 20 }).start();
await live.feed!.waitUntilUp();
const server = await startHttpServer({ db, config: apiConfig(), live });
afterAll(async () => {
  await server.stop();
  live.stop();
});
const statsUrl = server.url.replace(/\/graphql$/, '/cache-stats');
const stats = async () => (await (await fetch(statsUrl)).json()) as CacheStatsBody;
const ask = (query: string) =>
  fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
const nodeChanged = (id: string) => (c: Change) => c.entity === 'node' && c.id === id;

describe('GET /cache-stats', () => {
  it('counts a repeated question as cache hits', async () => {
    const query = `{ actor(id: "benjamin-netanyahu") { name title } }`;
    await ask(query);
    const before = await stats();
    expect(before.enabled).toBe(true);
    await ask(query);
    const after = await stats();
    expect(after.hits).toBeGreaterThan(before.hits);
    expect(after.entries).toBeGreaterThan(0);
  });

  it('records a delay for each commit the feed delivers, and the eviction it caused', async () => {
    await ask(`{ actor(id: "benjamin-netanyahu") { name title } }`);
    const before = await stats();
    // A property no question reads: the change still touches the node, so its entries go.
    const probe = (text: string) => db.writeStatement('test/cache-stats-probe', `MATCH (a:Actor {id: 'benjamin-netanyahu'}) ${text}`);
    const arrived = nextTx(live.feed!, nodeChanged('benjamin-netanyahu'));
    await probe('SET a.cacheStatsProbe = 1');
    await arrived;
    const after = await stats();
    expect(after.feedTxs).toBeGreaterThan(before.feedTxs);
    expect(after.lagsMs.length).toBeGreaterThan(before.lagsMs.length);
    expect(after.lagsMs.every((ms) => Number.isFinite(ms))).toBe(true);
    expect(after.evicted).toBeGreaterThan(before.evicted);
    const removed = nextTx(live.feed!, nodeChanged('benjamin-netanyahu'));
    await probe('REMOVE a.cacheStatsProbe');
    await removed;
  });

  it('answers only clients on this machine', () => {
    const from = (remoteAddress: string) => fromLoopback({ socket: { remoteAddress } } as never);
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1'].map(from)).toEqual([true, true, true]);
    expect(['10.0.0.5', '::ffff:192.168.1.2', ''].map(from)).toEqual([false, false, false]);
  });
});
