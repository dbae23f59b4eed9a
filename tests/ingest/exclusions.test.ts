// Proposals and stored texts are no part of the model: no read, count, search, graph,
// export or graphChanged sees them, though the change feed carries their writes. What
// accepting writes is the model's, and reaches graphChanged and the cache as a mutation's does.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startHttpServer } from '../../src/api/http/http.js';
import { LiveGraph } from '../../src/api/live/liveGraph.js';
import { SEEDS_DIR, seedGraph } from '../../src/seed/index.js';
import { apiConfig } from '../helpers/api.js';
import { runEntryPoint } from '../helpers/cli.js';
import { curationAuth, KEYS } from '../helpers/curation.js';
import { ids, ingestTestArticle, testArticle } from '../helpers/drafts.js';
import type { Change, FeedTx } from '../../src/feed/messages.js';
import { nextTx, testFeedAddress, testFeedClient } from '../helpers/feed.js';
import { graphSnapshot } from '../helpers/graph.js';
import { testDb, testNeo4jEnv } from '../helpers/neo4j.js';
import { collect } from '../helpers/subscriptions.js';
import { tempDir } from '../helpers/tempDirs.js';

const db = await testDb();
const live = new LiveGraph({ db, feed: testFeedAddress, cacheBytes: 64 * 2 ** 20 }).start();
await live.feed!.waitUntilUp();
const http = await startHttpServer({ db, config: apiConfig({ auth: curationAuth() }), live });
const client: Client = createClient({ url: http.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: true, retryAttempts: 0 });
const feed = await testFeedClient();
afterAll(() => seedGraph(db, SEEDS_DIR, { reset: true }));
afterAll(async () => {
  await client.dispose();
  await http.stop();
  live.stop();
});

async function gql(query: string, variables: Record<string, unknown> = {}, key?: string): Promise<any> {
  const response = await fetch(http.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

const ACCEPT = `mutation ($id: ID!) { acceptProposal(id: $id) { id status } }`;
const pid = (source: string, kind: string, key: string) => `${source}/${kind}/${key}`;
const COUNTS = `{ actors(first: 0) { totalCount } organizations(first: 0) { totalCount } issues(first: 0) { totalCount }
  events(first: 0) { totalCount } sources(first: 0) { totalCount } stances(first: 0) { totalCount } }`;

describe('proposals are no part of the model', () => {
  it('no read, count, search or graph sees a pending draft; the Source carries no text', async () => {
    const before = await gql(COUNTS);
    const source = await ingestTestArticle(db, 'hidden');
    const { envoy, meeting } = ids('hidden');
    const after = await gql(COUNTS);
    expect(after).toEqual({ ...before, sources: { totalCount: before.sources.totalCount + 1 } });
    const reads = await gql(`query ($e: ID!, $m: ID!, $p: ID!) { envoy: node(id: $e) { id } meeting: node(id: $m) { id } proposal: node(id: $p) { id }
      search(text: "Jane Placeholder") { node { id } } }`, { e: envoy, m: meeting, p: pid(source, 'entity', envoy) });
    expect(reads).toEqual({ envoy: null, meeting: null, proposal: null, search: [] });
    const { graph } = await gql(`query ($s: ID!) { graph(ids: [$s, "benjamin-netanyahu"], depth: 2) { nodes { id kind } edges { type source target } } }`, { s: source });
    expect(graph.nodes.map((n: any) => n.id)).toContain(source);
    expect(graph.nodes.filter((n: any) => n.id.includes('/') || n.id === envoy)).toEqual([]);
    expect(new Set(graph.edges.map((e: any) => e.type))).not.toContain('PROPOSED_IN');
    const [props] = await db.read({ name: 'test/source-props', text: 'MATCH (s:Source {id: $id}) RETURN keys(s) AS keys' }, { id: source });
    expect(props!.keys).not.toContain('text');
  });

  it('graphChanged reports what accepting writes, and never a proposal or a stored text, though the feed carries both', async () => {
    const sub = collect(client, `subscription { graphChanged { changes { op id kind type source target } } }`);
    await expect.poll(() => live.hub.size, { timeout: 30_000 }).toBe(1);
    const tag = 'feed';
    const { envoy } = ids(tag);
    const proposalsOnFeed = nextTx(feed, (c) => c.entity === 'node' && c.labels.includes('Proposal'));
    const source = await ingestTestArticle(db, tag);
    const raw = await proposalsOnFeed;
    expect(raw.changes.some((c) => c.entity === 'node' && c.labels.includes('SourceText'))).toBe(true);
    await gql(ACCEPT, { id: pid(source, 'entity', envoy) }, KEYS.curator);
    await gql(`mutation ($id: ID!) { rejectProposal(id: $id, reason: "Test: not needed") { id } }`, { id: pid(source, 'quote', `${testArticle(tag).indexOf('he backs')}-${testArticle(tag).indexOf('he backs') + 'he backs the scope of the talks'.length}`) }, KEYS.curator);
    await expect.poll(() => sub.values.flatMap((v) => v.data.graphChanged.changes).some((c: any) => c.id === envoy), { timeout: 30_000 }).toBe(true);
    // The rejection commits after the acceptance; a last model write marks the end of what this test caused.
    await gql(`mutation { upsertActor(input: { id: "test-feed-marker", name: "Marker" }) { id } }`, {}, KEYS.curator);
    await expect.poll(() => sub.values.flatMap((v) => v.data.graphChanged.changes).some((c: any) => c.id === 'test-feed-marker'), { timeout: 30_000 }).toBe(true);
    sub.stop();
    const changes = sub.values.flatMap((v) => v.data.graphChanged.changes);
    expect(changes).toContainEqual({ op: 'CREATED', id: source, kind: 'SOURCE', type: null, source: null, target: null });
    expect(changes).toContainEqual({ op: 'CREATED', id: envoy, kind: 'ACTOR', type: null, source: null, target: null });
    expect(changes).toContainEqual(expect.objectContaining({ type: 'MENTIONED_IN', source: envoy, target: source }));
    expect(changes.filter((c: any) => c.id.includes('/') || (c.source ?? '').includes('/') || c.kind === null && !c.type)).toEqual([]);
  });

  it('the cache forgets what accepting wrote: the next read sees it', async () => {
    const source = await ingestTestArticle(db, 'cache');
    const { envoy } = ids('cache');
    const MEMBERS = `{ organization(id: "united-states") { members { actor { id } } } }`;
    const members = async () => (await gql(MEMBERS)).organization.members.map((m: any) => m.actor.id);
    expect(await members()).not.toContain(envoy);
    expect(await members()).not.toContain(envoy); // now from the cache
    await gql(ACCEPT, { id: pid(source, 'entity', envoy) }, KEYS.curator);
    await gql(ACCEPT, { id: pid(source, 'affiliation', `${envoy}@united-states`) }, KEYS.curator);
    expect(await members()).toContain(envoy);
  });
});

describe('the cross-request cache and the review queue', () => {
  /** Resolves once the API's live graph has heard (and so evicted for) a transaction with a change `match` picks. */
  const heard = (match: (c: Change) => boolean) =>
    new Promise<void>((resolve) => {
      const listener = (tx: FeedTx) => {
        if (!tx.changes.some(match)) return;
        live.feed!.off('tx', listener);
        resolve();
      };
      live.feed!.on('tx', listener);
    });
  const hits = () => live.cache!.stats().hits;

  it('a cached answer survives an ingest and a rejection (they touch no read) and is evicted by an accept', async () => {
    const tag = 'cache-kept';
    const { envoy } = ids(tag);
    const PAGE = `{ actors(first: 1) { totalCount } }`;
    const NETANYAHU = `{ actor(id: "benjamin-netanyahu") { name sources { id } } }`;
    const SOURCES = `{ sources(first: 1) { totalCount } }`;
    const netanyahu = await gql(NETANYAHU);
    const page = await gql(PAGE);
    const sources = await gql(SOURCES);
    const stored = heard((c) => c.entity === 'node' && c.labels.includes('Proposal'));
    const source = await ingestTestArticle(db, tag);
    await stored;
    // The ingest's Source is a new node of its own kind: the page of sources is dropped and counts it, the page of actors is kept.
    let before = hits();
    expect(await gql(NETANYAHU)).toEqual(netanyahu);
    expect(await gql(PAGE)).toEqual(page);
    expect(hits()).toBe(before + 2);
    expect((await gql(SOURCES)).sources.totalCount).toBe(sources.sources.totalCount + 1);
    expect(hits()).toBe(before + 2);

    // A rejection writes a proposal's decision and an audit entry: neither is read by any cached answer.
    const decided = heard((c) => c.entity === 'node' && c.labels.includes('Proposal') && c.op === 'updated');
    await gql(`mutation ($id: ID!) { rejectProposal(id: $id, reason: "Test: not needed") { id } }`, { id: pid(source, 'attendance', `benjamin-netanyahu@${ids(tag).meeting}`) }, KEYS.curator);
    await decided;
    before = hits();
    expect(await gql(PAGE)).toEqual(page);
    expect(await gql(NETANYAHU)).toEqual(netanyahu);
    expect(hits()).toBe(before + 2);

    // Accepting writes the model: the new actor counts, and the known one is mentioned by the source.
    await gql(ACCEPT, { id: pid(source, 'entity', envoy) }, KEYS.curator);
    await gql(ACCEPT, { id: pid(source, 'entity', 'benjamin-netanyahu') }, KEYS.curator);
    expect((await gql(PAGE)).actors.totalCount).toBe(page.actors.totalCount + 1);
    expect((await gql(NETANYAHU)).actor.sources).toContainEqual({ id: source });
  });
});

describe('npm run export', () => {
  it('leaves proposals and texts out, loads back to the same graph, and writes the texts only with --with-text', async () => {
    const source = await ingestTestArticle(db, 'export');
    const { envoy } = ids('export');
    await gql(ACCEPT, { id: pid(source, 'entity', envoy) }, KEYS.curator);
    const sentence = testArticle('export').split('\n')[2]!;

    const dir = await tempDir('ingest-export');
    const run = await runEntryPoint('src/cli/export.ts', ['--dir', dir], testNeo4jEnv());
    expect(run.code, run.stderr).toBe(0);
    expect(await readdir(dir)).not.toContain('texts');
    const written = (await Promise.all((await readdir(dir)).map((f) => readFile(path.join(dir, f), 'utf8')))).join('\n');
    expect(written).toContain(envoy);
    expect(written).toContain(source);
    expect(written).not.toContain(sentence);
    expect(written).not.toContain(`${source}/`);

    const withText = await tempDir('ingest-export-text');
    const run2 = await runEntryPoint('src/cli/export.ts', ['--dir', withText, '--with-text'], testNeo4jEnv());
    expect(run2.code, run2.stderr).toBe(0);
    expect(run2.stdout).toMatch(/texts: [1-9]/);
    expect(await readFile(path.join(withText, 'texts', `${source}.txt`), 'utf8')).toBe(testArticle('export'));

    // Loaded back (texts dir and all), the model is the same; the review queue is not part of it.
    await db.writeStatement('test/drop-non-model', 'MATCH (n) WHERE n:AuditEntry OR n:Proposal OR n:SourceText DETACH DELETE n');
    const before = await graphSnapshot(db);
    await seedGraph(db, withText, { reset: true });
    expect(await graphSnapshot(db)).toEqual(before);
  });
});

describe('ingestArticle over HTTP', () => {
  const INGEST = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { created draft { bytes } } }`;
  const post = (text: string) =>
    fetch(http.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEYS.curator}` },
      body: JSON.stringify({ query: INGEST, variables: { input: { text, title: 'Long test article', publishedAt: '2026-02-09' } } }),
    });
  const long = (bytes: number) => Array.from({ length: Math.ceil(bytes / testArticle('long').length) }, (_, i) => testArticle(`long-${i}`)).join('\n').slice(0, bytes);

  it('takes an article up to the size limit, over the body size other requests get', async () => {
    const text = long(190_000);
    const body = (await (await post(text)).json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticle).toEqual({ created: true, draft: { bytes: Buffer.byteLength(text) } });
  });

  it('answers an article over the limit with the ingest\'s own error, not a refused body', async () => {
    const response = await post(long(210_000));
    const body = (await response.json()) as any;
    expect(body.errors.map((e: any) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors[0].message).toMatch(/^input\.text: 210000 bytes, over the limit of 200000/);
  });
});
