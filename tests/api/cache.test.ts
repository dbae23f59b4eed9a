import { afterAll, describe, expect, it } from 'vitest';
import { SharedCache } from '../../src/api/cache/sharedCache.js';
import { valueFacts } from '../../src/api/cache/tags.js';
import { createContext } from '../../src/api/request/context.js';
import { LiveGraph } from '../../src/api/live/liveGraph.js';
import { createApolloServer } from '../../src/api/server/server.js';
import type { Change } from '../../src/feed/messages.js';
import { createAuthenticator, type Credential } from '../../src/api/http/auth.js';
import { apiConfig, execute, ok } from '../helpers/api.js';
import { curationAuth, KEYS } from '../helpers/curation.js';
import { seeds } from '../helpers/seeds.js';
import { FeedProxy, nextTx, testFeedAddress } from '../helpers/feed.js';
import { SEEDS_DIR, seedGraph } from '../../src/seed/index.js';
import { testDb } from '../helpers/neo4j.js';

const db = await testDb();
const config = apiConfig();
const server = createApolloServer({ config });
await server.start();
afterAll(() => server.stop());

// The feed reaches the API through a proxy the tests can cut, as a Neo4j restart would.
const proxy = new FeedProxy(testFeedAddress());
await proxy.open();
const live = new LiveGraph({ db, feed: () => proxy.address, cacheBytes: 8 * 2 ** 20 }).start();
afterAll(async () => {
  live.stop();
  await proxy.cut();
});
await live.feed!.waitUntilUp();

const run = (query: string) => execute(server, createContext({ db, config, live }), query);

// A server that takes the curation API's test credentials, for the mutations.
const curatingConfig = apiConfig({ auth: curationAuth() });
const curating = createApolloServer({ config: curatingConfig });
await curating.start();
afterAll(() => curating.stop());
// The mutations below leave audit entries: the next test file must find the seeded graph.
afterAll(() => seedGraph(db, SEEDS_DIR, { reset: true }));
const TITLE = `{ actor(id: "donald-trump") { name title affiliations { role organization { name } } } }`;
const setTitle = (title: string) =>
  db.writeStatement('test/cache-set-title', `MATCH (a:Actor {id: 'donald-trump'}) SET a.title = $title`, { title });
const nodeChanged = (id: string) => (c: Change) => c.entity === 'node' && c.id === id;

describe('the cross-request cache', () => {
  it('answers a repeated question without Neo4j', async () => {
    const first = await run(TITLE);
    expect(first.queries).toBeGreaterThan(0);
    const second = await run(TITLE);
    expect(second.queries).toBe(0);
    expect(ok(second)).toEqual(ok(first));
  });

  it('returns the new value of a direct Cypher update once its event has arrived, and never the old one after that', async () => {
    const before = ok(await run(TITLE)).actor.title as string;
    const arrived = nextTx(live.feed!, nodeChanged('donald-trump'));
    await setTitle('Title set by the cache test');
    await arrived;
    for (let i = 0; i < 3; i++) expect(ok(await run(TITLE)).actor.title).toBe('Title set by the cache test');
    const restored = nextTx(live.feed!, nodeChanged('donald-trump'));
    await setTitle(before);
    await restored;
    expect(ok(await run(TITLE)).actor.title).toBe(before);
  });

  it('evicts what the API itself wrote before the feed reports it (the hook mutations call)', async () => {
    await run(TITLE);
    expect((await run(TITLE)).queries).toBe(0);
    live.ownWrite([{ op: 'updated', entity: 'node', labels: ['Actor', 'Entity'], id: 'donald-trump', keys: ['title'] }]);
    expect((await run(TITLE)).queries).toBeGreaterThan(0);
  });

  it('has a mutation evict what it wrote before it answers: the writer reads its write at once', async () => {
    const curator = await createAuthenticator(curationAuth())(`Bearer ${KEYS.curator}`);
    const admin = await createAuthenticator(curationAuth())(`Bearer ${KEYS.admin}`);
    const as = (credential: Credential, query: string) => execute(curating, createContext({ db, config: curatingConfig, live, credential }), query);
    const held = new Set(seeds.affiliations.filter((f) => f.actor === 'donald-trump').map((f) => f.organization));
    const other = seeds.organizations.find((o) => !held.has(o.id))!;
    const affiliatedTo = async () => (ok(await run(TITLE)).actor.affiliations as Array<{ organization: { name: string } }>).map((f) => f.organization.name);

    await run(TITLE);
    expect((await run(TITLE)).queries).toBe(0);
    ok(await as(curator, `mutation { recordAffiliation(input: { actor: "donald-trump", organization: "${other.id}", role: "cache test", sources: ["${seeds.sources[0]!.id}"] }) { role } }`));
    // No wait for the feed: the mutation's own eviction is enough.
    expect(await affiliatedTo()).toContain(other.name);
    ok(await as(admin, `mutation { removeAffiliation(actor: "donald-trump", organization: "${other.id}") { role } }`));
    expect(await affiliatedTo()).not.toContain(other.name);
  });

  it('is dropped when the feed is lost, stays off while it is away, and comes back with it', async () => {
    await run(TITLE);
    expect((await run(TITLE)).queries).toBe(0);
    const down = new Promise<void>((resolve) => live.feed!.once('down', () => resolve()));
    await proxy.cut();
    await down;
    expect(live.cache!.enabled).toBe(false);
    expect(live.cache!.stats().entries).toBe(0);
    // Off: every request asks Neo4j, since a change made now would not be heard of.
    await run(TITLE);
    expect((await run(TITLE)).queries).toBeGreaterThan(0);

    await proxy.open();
    await live.feed!.waitUntilUp();
    expect(live.cache!.enabled).toBe(true);
    await run(TITLE);
    expect((await run(TITLE)).queries).toBe(0);
  });

  it('keeps whole answers: a repeated question is one cache hit, no resolver asks a loader', async () => {
    await run(TITLE);
    const hits = live.cache!.stats().hits;
    const again = await run(TITLE);
    expect(again.queries).toBe(0);
    expect(live.cache!.stats().hits - hits).toBe(1);
  });

  it('has clients asking the same question at once, after an eviction, share one rebuild of the answer', async () => {
    await run(TITLE);
    live.ownWrite([{ op: 'updated', entity: 'node', labels: ['Actor', 'Entity'], id: 'donald-trump', keys: ['title'] }]);
    const answers = await Promise.all(Array.from({ length: 5 }, () => run(TITLE)));
    const sent = answers.map((a) => a.queries);
    expect(sent.filter((n) => (n ?? 0) > 0)).toHaveLength(1);
    for (const a of answers) expect(ok(a)).toEqual(ok(answers[0]!));
  });

  it('keeps a page of nodes, and drops it when a node is created', async () => {
    const PAGE = `{ actors(first: 3) { totalCount edges { node { id name } } } }`;
    const first = ok(await run(PAGE));
    expect((await run(PAGE)).queries).toBe(0);
    const created = nextTx(live.feed!, nodeChanged('aaa-cache-test-actor'));
    await db.writeStatement('test/cache-create', `CREATE (:Entity:Actor {id: 'aaa-cache-test-actor', name: 'Cache Test Actor'})`);
    await created;
    const after = ok(await run(PAGE));
    expect(after.actors.totalCount).toBe(first.actors.totalCount + 1);
    expect(after.actors.edges[0].node).toEqual({ id: 'aaa-cache-test-actor', name: 'Cache Test Actor' });
    const deleted = nextTx(live.feed!, nodeChanged('aaa-cache-test-actor'));
    await db.writeStatement('test/cache-delete', `MATCH (a:Actor {id: 'aaa-cache-test-actor'}) DETACH DELETE a`);
    await deleted;
    expect(ok(await run(PAGE))).toEqual(first);
  });

  it('does not keep an answer built on a read it cannot follow (search)', async () => {
    const SEARCH = `{ search(text: "Netanyahu") { score node { id } } }`;
    await run(SEARCH);
    expect((await run(SEARCH)).queries).toBeGreaterThan(0);
  });

  it('is absent over a Neo4j without a feed', () => {
    expect(new LiveGraph({ db, cacheBytes: 8 * 2 ** 20 }).cache).toBeUndefined();
  });
});

describe('SharedCache', () => {
  const change = (id: string): Change => ({ op: 'updated', entity: 'node', labels: ['Actor'], id, keys: ['name'] });

  it('does not store a value read before an eviction of one of its tags that landed while it was read', () => {
    const cache = new SharedCache(2 ** 20);
    cache.enable();
    const since = cache.mark();
    cache.evict([change('a')]);
    cache.set('k1', 'old a', ['a'], since, 32);
    cache.set('k2', 'b', ['b'], since, 32);
    expect(cache.get('k1')).toBeUndefined();
    expect(cache.get('k2')?.value).toBe('b');
  });

  it('evicts entries by any of their tags, and a relationship change by both ends', () => {
    const cache = new SharedCache(2 ** 20);
    cache.enable();
    cache.set('holder', [1], ['h'], cache.mark(), 32);
    cache.set('issue', [2], ['i'], cache.mark(), 32);
    cache.set('other', [3], ['o'], cache.mark(), 32);
    const removed = cache.evict([
      { op: 'created', entity: 'relationship', type: 'HOLDS_STANCE', id: 'c', start: 'h', startLabels: [], end: 'i', endLabels: [], keys: [] },
    ]);
    expect(removed).toBe(2);
    expect(cache.get('other')?.value).toEqual([3]);
  });

  it('stays within its size bound', () => {
    const cache = new SharedCache(64 * 1024);
    cache.enable();
    for (let i = 0; i < 1000; i++) cache.set(`k${i}`, 'x'.repeat(1000), [`t${i}`], cache.mark(), valueFacts('x'.repeat(1000)).bytes);
    expect(cache.stats().bytes).toBeLessThanOrEqual(64 * 1024);
    expect(cache.stats().entries).toBeLessThan(1000);
  });
});
