import { createClient, type Client } from 'graphql-ws';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startHttpServer } from '../../src/api/http/http.js';
import { LiveGraph } from '../../src/api/live/liveGraph.js';
import { apiConfig } from '../helpers/api.js';
import { curationAuth, KEYS } from '../helpers/curation.js';
import { seeds } from '../helpers/seeds.js';
import { FeedProxy, testFeedAddress } from '../helpers/feed.js';
import { SEEDS_DIR, seedGraph } from '../../src/seed/index.js';
import { testDb } from '../helpers/neo4j.js';
import getPort from 'get-port';
import { Db } from '../../src/graph/db.js';
import { createDriver } from '../../src/runtime/connect.js';
import { collect, type Received, resyncReasons } from '../helpers/subscriptions.js';

const db = await testDb();
const config = apiConfig();
const proxy = new FeedProxy(testFeedAddress());
await proxy.open();
const live = new LiveGraph({ db, feed: () => proxy.address, cacheBytes: 0 }).start();
await live.feed!.waitUntilUp();
const http = await startHttpServer({ db, config, live });
const wsUrl = http.url.replace(/^http/, 'ws');
const client: Client = createClient({ url: wsUrl, webSocketImpl: WebSocket, lazy: true, retryAttempts: 0 });
// The mutations below leave audit entries: the next test file must find the seeded graph.
afterAll(() => seedGraph(db, SEEDS_DIR, { reset: true }));
afterAll(async () => {
  await client.dispose();
  await http.stop();
  live.stop();
  await proxy.cut();
});

/** Subscribes on this file's client; see tests/helpers/subscriptions.ts. */
const subscribe = (query: string, variables?: Record<string, unknown>): Received => collect(client, query, variables);

const write = (text: string, params: Record<string, unknown> = {}) => db.writeStatement('test/subscription-write', text, params);
/** Subscriptions start once the server has checked their arguments; a write before that would not be heard. */
const subscribed = (count: number) => expect.poll(() => live.hub.size, { timeout: 30_000 }).toBe(count);

describe('subscriptions over graphql-ws on /graphql', () => {
  it('graphChanged reports a direct Cypher change to a followed node, with its fields', async () => {
    const sub = subscribe(`subscription { graphChanged(ids: ["benjamin-netanyahu"]) { txId at resync changes { op id kind type fields } } }`);
    await subscribed(1);
    // Neo4j records no change for a property set to the value it has: each write changes something.
    await write(`MATCH (a:Actor {id: 'donald-trump'}) SET a.subscriptionTest = true`);
    await write(`MATCH (a:Actor {id: 'benjamin-netanyahu'}) SET a.subscriptionTest = true`);
    await expect.poll(() => sub.values.length, { timeout: 30_000 }).toBeGreaterThan(0);
    const change = sub.values[0].data.graphChanged;
    expect(change).toMatchObject({ resync: false, changes: [{ op: 'UPDATED', id: 'benjamin-netanyahu', kind: 'ACTOR', type: null, fields: ['subscriptionTest'] }] });
    expect(Number(change.txId)).toBeGreaterThan(0);
    expect(Date.parse(change.at)).not.toBeNaN();
    sub.stop();
    await subscribed(0);
    // Only the followed node's change arrived.
    expect(sub.values.every((v) => v.data.graphChanged.changes.every((c: any) => c.id === 'benjamin-netanyahu'))).toBe(true);
    await write(`MATCH (a:Actor) WHERE a.subscriptionTest REMOVE a.subscriptionTest`);
  });

  it('stancesChanged sends a new claim of a holder as a Stance, its fields resolved', async () => {
    const sub = subscribe(`subscription { stancesChanged(holder: "donald-trump") { id stance position holder { id name } issue { id } } }`);
    await subscribed(1);
    await write(
      `MATCH (h:Actor {id: 'donald-trump'}), (i:Issue {id: 'iran-policy'})
       CREATE (h)-[:HOLDS_STANCE {id: 'subscription-test-claim', stance: 'MIXED', position: 'A claim made by the subscription test.',
         attribution: 'ASSESSED', sources: ['subscription-test']}]->(i)`,
    );
    await expect.poll(() => sub.values.length, { timeout: 30_000 }).toBe(1);
    expect(sub.values[0]).toEqual({
      data: {
        stancesChanged: {
          id: 'subscription-test-claim', stance: 'MIXED', position: 'A claim made by the subscription test.',
          holder: { id: 'donald-trump', name: 'Donald Trump' }, issue: { id: 'iran-policy' },
        },
      },
    });
    sub.stop();
    await subscribed(0);
    await write(`MATCH ()-[r:HOLDS_STANCE {id: 'subscription-test-claim'}]->() DELETE r`);
  });

  it('stancesChanged with includeSubIssues follows the issue tree, and only it', async () => {
    const sub = subscribe(`subscription { stancesChanged(issue: "iran-policy", includeSubIssues: true) { id issue { id } } }`);
    await subscribed(1);
    const claim = (id: string, issue: string) =>
      write(
        `MATCH (h:Actor {id: 'donald-trump'}), (i:Issue {id: $issue})
         CREATE (h)-[:HOLDS_STANCE {id: $id, stance: 'SUPPORTS', position: 'p', attribution: 'STATED', sources: []}]->(i)`,
        { id, issue },
      );
    await claim('subscription-test-elsewhere', 'us-israel-alliance');
    await claim('subscription-test-sub-issue', 'iran-nuclear-programme');
    await expect.poll(() => sub.values.length, { timeout: 30_000 }).toBe(1);
    expect(sub.values[0].data.stancesChanged).toEqual({ id: 'subscription-test-sub-issue', issue: { id: 'iran-nuclear-programme' } });
    sub.stop();
    await subscribed(0);
    await write(`MATCH ()-[r:HOLDS_STANCE]->() WHERE r.id STARTS WITH 'subscription-test-' DELETE r`);
  });

  it('fails on subscribe, with the error code, for unknown ids, bad arguments and documents over the bounds', async () => {
    const unknown = subscribe(`subscription { graphChanged(ids: ["benjamin-netanyahu", "no-such-node"]) { txId } }`);
    await expect.poll(() => unknown.done, { timeout: 30_000 }).toBe(true);
    expect(unknown.values[0].errors[0]).toMatchObject({ message: expect.stringContaining('"no-such-node"'), extensions: { code: 'NOT_FOUND' } });

    const noIssue = subscribe(`subscription { stancesChanged(includeSubIssues: true) { id } }`);
    await expect.poll(() => noIssue.done, { timeout: 30_000 }).toBe(true);
    expect(noIssue.values[0].errors[0].extensions.code).toBe('BAD_USER_INPUT');

    const notAnIssue = subscribe(`subscription { stancesChanged(issue: "donald-trump") { id } }`);
    await expect.poll(() => notAnIssue.done, { timeout: 30_000 }).toBe(true);
    expect(notAnIssue.values[0].errors[0].extensions.code).toBe('NOT_FOUND');

    const deep = subscribe(`subscription { stancesChanged { holder { ... on Actor { affiliations { organization { members { actor {
      affiliations { organization { members { actor { affiliations { organization { members { role } } } } } } } } } } } } } } }`);
    await expect.poll(() => deep.done, { timeout: 30_000 }).toBe(true);
    expect(deep.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');

    const invalid = subscribe(`subscription { graphChanged(kinds: [PLANET]) { txId } }`);
    await expect.poll(() => invalid.done, { timeout: 30_000 }).toBe(true);
    expect(invalid.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(live.hub.size).toBe(0);
  });

  it('sends a resync when the feed is lost and again when it is back, and the stream goes on', async () => {
    const graph = subscribe(`subscription { graphChanged(ids: ["iran-policy"]) { resync reason changes { id op } } }`);
    const stances = subscribe(`subscription { stancesChanged(issue: "iran-policy") { id } }`);
    await subscribed(2);
    await proxy.cut();
    await expect.poll(() => graph.values.length, { timeout: 30_000 }).toBe(1);
    expect(graph.values[0].data.graphChanged).toEqual({ resync: true, reason: 'feed lost', changes: [] });
    await proxy.open();
    await expect.poll(() => graph.values.length, { timeout: 30_000 }).toBe(2);
    expect(graph.values[1].data.graphChanged).toMatchObject({ resync: true, reason: 'feed back' });
    // stancesChanged has no resync field: the event is an error with code RESYNC, and the stream stays open.
    expect(stances.values.map((v) => v.errors?.[0]?.extensions)).toEqual([
      { code: 'RESYNC', reason: 'feed lost' },
      { code: 'RESYNC', reason: 'feed back' },
    ]);
    expect(stances.done).toBe(false);

    await write(`MATCH (i:Issue {id: 'iran-policy'}) SET i.subscriptionTest = true`);
    await expect.poll(() => graph.values.length, { timeout: 30_000 }).toBe(3);
    expect(graph.values[2].data.graphChanged).toEqual({ resync: false, reason: null, changes: [{ id: 'iran-policy', op: 'UPDATED' }] });
    await write(`MATCH (i:Issue {id: 'iran-policy'}) REMOVE i.subscriptionTest`);
    graph.stop();
    stances.stop();
    await subscribed(0);
  });

  it('leaves nothing behind when many subscribers open and close', async () => {
    const subs = Array.from({ length: 200 }, () => subscribe(`subscription { graphChanged(kinds: [ISSUE]) { txId } }`));
    await subscribed(200);
    for (const s of subs) s.stop();
    await subscribed(0);
  });
});

describe('subscriptions and credentials', () => {
  it('refuse a subscriber without a credential when reads are authenticated, and serve one with a key in connection_init', async () => {
    const closed = await startHttpServer({ db, config: apiConfig({ auth: curationAuth({ reads: 'authenticated' }) }), live });
    const url = closed.url.replace(/^http/, 'ws');
    const anonymous = createClient({ url, webSocketImpl: WebSocket, lazy: true, retryAttempts: 0 });
    const keyed = createClient({ url, webSocketImpl: WebSocket, lazy: true, retryAttempts: 0, connectionParams: { authorization: `Bearer ${KEYS.curator}` } });
    try {
      const refused = await new Promise<any[]>((resolve) => {
        anonymous.subscribe({ query: `subscription { graphChanged { txId } }` }, { next: () => undefined, error: (e) => resolve(Array.isArray(e) ? e : [e]), complete: () => resolve([]) });
      });
      expect(refused[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const before = live.hub.size;
      const stop = keyed.subscribe({ query: `subscription { graphChanged { txId } }` }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      await expect.poll(() => live.hub.size, { timeout: 30_000 }).toBe(before + 1);
      stop();
    } finally {
      await anonymous.dispose();
      await keyed.dispose();
      await closed.stop();
    }
  });

  it('hear of a mutation made through the API, from the feed', async () => {
    const curating = await startHttpServer({ db, config: apiConfig({ auth: curationAuth() }), live });
    const mutate = async (key: string, query: string) => {
      const response = await fetch(`${curating.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as { data?: unknown; errors?: unknown[] };
    };
    const held = new Set(seeds.affiliations.filter((f) => f.actor === 'donald-trump').map((f) => f.organization));
    const other = seeds.organizations.find((o) => !held.has(o.id))!;
    const sub = subscribe(`subscription { graphChanged(ids: ["donald-trump"]) { changes { op type source target } } }`);
    try {
      await subscribed(1);
      const recorded = await mutate(
        KEYS.curator,
        `mutation { recordAffiliation(input: { actor: "donald-trump", organization: "${other.id}", sources: ["${seeds.sources[0]!.id}"] }) { role } }`,
      );
      expect(recorded.errors).toBeUndefined();
      await expect
        .poll(() => sub.values.flatMap((v) => v.data?.graphChanged.changes ?? []), { timeout: 30_000 })
        .toContainEqual({ op: 'CREATED', type: 'AFFILIATED_WITH', source: 'donald-trump', target: other.id });
      expect((await mutate(KEYS.admin, `mutation { removeAffiliation(actor: "donald-trump", organization: "${other.id}") { role } }`)).errors).toBeUndefined();
    } finally {
      sub.stop();
      await curating.stop();
    }
  });
});


describe('stancesChanged when a claim is retracted, moved or deleted', () => {
  it('sends a retracted claim with its retraction, a moved claim to the followers of its old holder too, and nothing for a deleted one', async () => {
    const curating = await startHttpServer({ db, config: apiConfig({ auth: curationAuth() }), live });
    const mutate = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(`${curating.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${KEYS.curator}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      expect(body.errors).toBeUndefined();
    };
    const record = (id: string, holder: string) =>
      mutate(`mutation($input: StanceInput!) { recordStance(input: $input) { id } }`, {
        input: { id, holder, issue: 'iran-policy', stance: 'OPPOSES', attribution: 'ASSESSED', position: 'A claim of the subscription test.', sources: [seeds.sources[0]!.id] },
      });
    const fields = `id holder { id } retractedAt retractedBy retractionReason`;
    const trump = subscribe(`subscription { stancesChanged(holder: "donald-trump") { ${fields} } }`);
    const onIran = subscribe(`subscription { stancesChanged(issue: "iran-policy") { ${fields} } }`);
    const claims = (r: Received) => r.values.map((v) => v.data?.stancesChanged ?? v.errors);
    const standing = (id: string, holder: string) => ({ id, holder: { id: holder }, retractedAt: null, retractedBy: null, retractionReason: null });
    try {
      await subscribed(2);
      await record('subscription-test-retracted', 'donald-trump');
      await mutate(`mutation { retractStance(id: "subscription-test-retracted", reason: "The source corrected itself.") { id } }`, {});
      const retracted = { id: 'subscription-test-retracted', holder: { id: 'donald-trump' }, retractedAt: expect.any(String), retractedBy: 'test-curator', retractionReason: 'The source corrected itself.' };
      for (const sub of [trump, onIran]) {
        await expect.poll(() => sub.values.length, { timeout: 30_000 }).toBe(2);
        expect(claims(sub)).toEqual([standing('subscription-test-retracted', 'donald-trump'), retracted]);
      }

      // Recorded again under its id with another holder: Trump's follower hears that it left him.
      await record('subscription-test-moved', 'donald-trump');
      await record('subscription-test-moved', 'benjamin-netanyahu');
      await expect.poll(() => trump.values.length, { timeout: 30_000 }).toBe(4);
      expect(claims(trump).slice(2)).toEqual([standing('subscription-test-moved', 'donald-trump'), standing('subscription-test-moved', 'benjamin-netanyahu')]);

      // Deleted for good: no claim to send. The next claim is the next value, with nothing before it.
      await write(`MATCH ()-[r:HOLDS_STANCE {id: 'subscription-test-moved'}]->() DELETE r`);
      await record('subscription-test-after-delete', 'donald-trump');
      await expect.poll(() => onIran.values.length, { timeout: 30_000 }).toBe(5);
      expect(claims(onIran).slice(2)).toEqual([
        standing('subscription-test-moved', 'donald-trump'),
        standing('subscription-test-moved', 'benjamin-netanyahu'),
        standing('subscription-test-after-delete', 'donald-trump'),
      ]);
      expect([trump.done, onIran.done]).toEqual([false, false]);
    } finally {
      trump.stop();
      onIran.stop();
      await subscribed(0);
      await curating.stop();
    }
  });
});

describe('stancesChanged when its read of a change fails', () => {
  it('sends a resync with reason "read failed" and goes on', async () => {
    // The subscriptions' reads go to a Bolt port nobody listens on (as when Neo4j is away);
    // the server checks the arguments on the real one, and the feed is the real one.
    const away = new Db(createDriver(`bolt://127.0.0.1:${await getPort({ host: '127.0.0.1' })}`, undefined), undefined);
    const awayLive = new LiveGraph({ db: away, feed: testFeedAddress, cacheBytes: 0 }).start();
    const server = await startHttpServer({ db, config, live: awayLive });
    const awayClient = createClient({ url: server.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: true, retryAttempts: 0 });
    try {
      await awayLive.feed!.waitUntilUp();
      const sub = collect(awayClient, `subscription { stancesChanged(holder: "donald-trump") { id } }`);
      await expect.poll(() => awayLive.hub.size, { timeout: 30_000 }).toBe(1);
      const claim = (id: string) =>
        write(
          `MATCH (h:Actor {id: 'donald-trump'}), (i:Issue {id: 'iran-policy'})
           CREATE (h)-[:HOLDS_STANCE {id: $id, stance: 'MIXED', position: 'p', attribution: 'ASSESSED', sources: []}]->(i)`,
          { id },
        );
      await claim('subscription-test-unread-1');
      await claim('subscription-test-unread-2');
      await expect.poll(() => sub.values.length, { timeout: 60_000 }).toBe(2);
      expect(resyncReasons(sub)).toEqual(['read failed', 'read failed']);
      expect(sub.done).toBe(false);
      expect(awayLive.hub.size).toBe(1);
    } finally {
      await awayClient.dispose();
      await server.stop();
      awayLive.stop();
      await away.close();
      await write(`MATCH ()-[r:HOLDS_STANCE]->() WHERE r.id STARTS WITH 'subscription-test-unread-' DELETE r`);
    }
  });
});
