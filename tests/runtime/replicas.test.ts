// Two API replicas (`npm start`'s dist/main.js, as processes) over one Neo4j, the run's, each
// reading its change feed through STANCEGRAPH_FEED_URI as over any Neo4j with the plugin: what
// one replica writes, the other's subscribers hear and its cache forgets; a client that sends
// back the bookmark of its write reads it on the other replica; API keys kept in the graph are
// made and revoked while both run; a replica killed and started again serves its subscribers on.
import getPort from 'get-port';
import { type Client, createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { sha256 } from '../../src/api/http/auth.js';
import { SEEDS_DIR, seedGraph } from '../../src/seed/index.js';
import { runEntryPoint } from '../helpers/cli.js';
import { KEYS } from '../helpers/curation.js';
import { testFeedAddress } from '../helpers/feed.js';
import { testDb, testNeo4jEnv } from '../helpers/neo4j.js';
import { startApi, type StartedApi } from '../helpers/processes.js';
import { collect, RECONNECTING } from '../helpers/subscriptions.js';
import { tempDir } from '../helpers/tempDirs.js';

// The sources and audit entries the replicas write go with a reseed, as after the other suites that write.
const db = await testDb();
afterAll(() => seedGraph(db, SEEDS_DIR, { reset: true }));

const replicas: StartedApi[] = [];
const clients: Client[] = [];
afterAll(async () => {
  for (const c of clients) await c.dispose();
  for (const r of replicas) await r.stop();
});

async function replicaEnv(port: number): Promise<NodeJS.ProcessEnv> {
  return {
    ...process.env,
    ...testNeo4jEnv(),
    NODE_ENV: 'development',
    LOG_LEVEL: 'info',
    PORT: String(port),
    HOST: '127.0.0.1',
    // A store of its own, with no listen.json: the feed comes from STANCEGRAPH_FEED_URI only.
    STANCEGRAPH_DATA_DIR: await tempDir('replica'),
    STANCEGRAPH_FEED_URI: testFeedAddress(),
    STANCEGRAPH_API_KEYS: `test-curator:curator:${sha256(KEYS.curator)}`,
  };
}

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: Array<{ message: string; extensions: { code: string } }>; extensions?: { bookmark?: string } };
}

async function post(api: StartedApi, query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${api.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}

const upsert = (id: string, title: string) => `mutation { upsertSource(input: { id: "${id}", title: "${title}" }) { id title } }`;
const readTitle = (id: string) => `{ source(id: "${id}") { title } }`;
const codes = (a: Answer) => (a.body.errors ?? []).map((e) => e.extensions.code);
const asCurator = { authorization: `Bearer ${KEYS.curator}` };
const cacheStats = async (api: StartedApi) => (await (await fetch(`${api.base}/cache-stats`)).json()) as { hits: number; evicted: number; enabled: boolean };

function subscriber(api: StartedApi, authorization?: string): Client {
  const client = createClient({
    url: `${api.base.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    lazy: true,
    ...RECONNECTING,
    ...(authorization ? { connectionParams: { authorization } } : {}),
  });
  clients.push(client);
  return client;
}

let a: StartedApi;
let b: StartedApi;
let portB: number;

describe('two API replicas over one Neo4j', { timeout: 600_000 }, () => {
  beforeAll(async () => {
    expect(inject('neo4j').feed).toBeDefined();
    portB = await getPort({ host: '127.0.0.1' });
    [a, b] = await Promise.all([startApi(await replicaEnv(await getPort({ host: '127.0.0.1' }))), startApi(await replicaEnv(portB))]);
    replicas.push(a, b);
  }, 600_000);

  it('a mutation through A is heard by a subscriber on B', async () => {
    const heard = collect(subscriber(b), `subscription { graphChanged(kinds: [SOURCE]) { changes { op id } } }`);
    await expect.poll(() => b.subscribers(), { timeout: 60_000 }).toBe(1);
    expect(codes(await post(a, upsert('test-replicas-heard', 'Heard on B'), asCurator))).toEqual([]);
    await expect
      .poll(() => heard.values.flatMap((v) => v.data?.graphChanged.changes.map((c: { id: string }) => c.id) ?? []), { timeout: 60_000 })
      .toContain('test-replicas-heard');
    heard.stop();
  });

  it("A's write evicts B's cached answer, without any bookmark", async () => {
    expect((await post(a, upsert('test-replicas-cache', 'Before'), asCurator)).body.data.upsertSource.title).toBe('Before');
    await expect.poll(async () => (await post(b, readTitle('test-replicas-cache'))).body.data.source?.title, { timeout: 60_000 }).toBe('Before');
    const before = await cacheStats(b);
    expect(before.enabled).toBe(true);
    expect((await post(b, readTitle('test-replicas-cache'))).body.data.source.title).toBe('Before');
    expect((await cacheStats(b)).hits).toBeGreaterThan(before.hits);

    await post(a, upsert('test-replicas-cache', 'After'), asCurator);
    await expect.poll(async () => (await post(b, readTitle('test-replicas-cache'))).body.data.source.title, { timeout: 60_000 }).toBe('After');
    expect((await cacheStats(b)).evicted).toBeGreaterThan(before.evicted);
  });

  it("B, sent the bookmark of A's write, reads that write: 100 of 100 tries, its cache warm with the old answer", async () => {
    let read = 0;
    for (let i = 0; i < 100; i++) {
      // B caches the answer as it is before the write...
      await post(b, readTitle('test-replicas-bookmark'));
      const written = await post(a, upsert('test-replicas-bookmark', `Write ${i}`), asCurator);
      const bookmark = written.body.extensions?.bookmark;
      expect(bookmark).toMatch(/^\S+$/);
      expect(written.headers.get('x-stancegraph-bookmark')).toBe(bookmark);
      // ...and, sent the bookmark at once, answers after the write all the same.
      const answer = await post(b, readTitle('test-replicas-bookmark'), { 'X-Stancegraph-Bookmark': bookmark! });
      if (answer.body.data?.source?.title === `Write ${i}`) read += 1;
    }
    expect(read).toBe(100);
  });

  it('a malformed bookmark or one Neo4j does not know: BAD_USER_INPUT, HTTP 400, nothing read', async () => {
    const malformed = await post(b, readTitle('test-replicas-bookmark'), { 'X-Stancegraph-Bookmark': 'not a bookmark!' });
    expect(malformed.status).toBe(400);
    expect(codes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.body.errors![0]!.message).toContain('X-Stancegraph-Bookmark');
    const unknown = await post(b, readTitle('test-replicas-bookmark'), { 'X-Stancegraph-Bookmark': 'FB:not-from-this-database' });
    expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.body.errors![0]!.message).toContain('X-Stancegraph-Bookmark');
    expect(unknown.body.data?.source ?? null).toBeNull();
  });

  it('an API key made with npm run key works on both at once; revoked, both refuse it and its subscription ends UNAUTHENTICATED', async () => {
    await runEntryPoint('src/cli/key.ts', ['revoke', 'test-replica-key'], testNeo4jEnv()); // left by an earlier run, if any
    const created = await runEntryPoint('src/cli/key.ts', ['create', 'test-replica-key', '--role', 'curator'], testNeo4jEnv());
    expect(created.code).toBe(0);
    const key = /(sg_\S+)/.exec(created.stdout)![1]!;
    const listed = await runEntryPoint('src/cli/key.ts', ['list'], testNeo4jEnv());
    expect(listed.stdout).toContain('test-replica-key');
    expect(listed.stdout).not.toContain(sha256(key));

    const withKey = { authorization: `Bearer ${key}` };
    for (const [i, api] of [a, b].entries()) {
      await expect.poll(async () => codes(await post(api, upsert(`test-replicas-key-${i}`, 'With a graph key'), withKey)), { timeout: 30_000 }).toEqual([]);
    }
    const following = collect(subscriber(b, `Bearer ${key}`), `subscription { graphChanged(kinds: [SOURCE]) { changes { id } } }`);
    const everything = collect(subscriber(b), `subscription { graphChanged { txId changes { op kind type id } } }`);
    await expect.poll(() => b.subscribers(), { timeout: 60_000 }).toBe(2);

    const revoked = await runEntryPoint('src/cli/key.ts', ['revoke', 'test-replica-key'], testNeo4jEnv());
    expect(revoked.code).toBe(0);
    for (const api of [a, b]) {
      await expect.poll(async () => codes(await post(api, upsert('test-replicas-revoked', 'Refused'), withKey)), { timeout: 30_000 }).toEqual(['UNAUTHENTICATED']);
    }
    await expect.poll(() => following.done, { timeout: 30_000 }).toBe(true);
    const last = following.values.at(-1);
    expect(last.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(last.errors[0].message).toContain('test-replica-key');
    // The key's creation and deletion were transactions on the feed, yet no subscriber was told of them.
    expect(JSON.stringify(everything.values)).not.toMatch(/ApiKey|test-replica-key/);
    everything.stop();
  });

  it('a replica killed (kill -9) and started again serves its subscribers on', async () => {
    const heard = collect(subscriber(b), `subscription { graphChanged(kinds: [SOURCE]) { changes { id } } }`);
    await expect.poll(() => b.subscribers(), { timeout: 60_000 }).toBe(1);
    const env = await replicaEnv(portB);
    b.child.kill('SIGKILL');
    await new Promise((resolve) => b.child.once('exit', resolve));
    // A serves meanwhile.
    expect(codes(await post(a, upsert('test-replicas-while-b-down', 'B is down'), asCurator))).toEqual([]);
    b = await startApi(env);
    replicas.push(b);
    await expect.poll(() => b.subscribers(), { timeout: 120_000 }).toBe(1);
    expect(codes(await post(a, upsert('test-replicas-after-restart', 'B is back'), asCurator))).toEqual([]);
    await expect
      .poll(() => heard.values.flatMap((v) => v.data?.graphChanged.changes.map((c: { id: string }) => c.id) ?? []), { timeout: 60_000 })
      .toContain('test-replicas-after-restart');
    expect(heard.done).toBe(false);
  });
});
