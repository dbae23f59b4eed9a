import { connect } from 'node:net';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import type { Change, NodeChange, RelationshipChange } from '../../src/feed/messages.js';
import { SEEDS_DIR, seedGraph } from '../../src/seed/index.js';
import { nextTx, testFeedAddress, testFeedClient } from '../helpers/feed.js';
import { testDb } from '../helpers/neo4j.js';
import { copySeeds } from '../helpers/seedDirs.js';

const db = await testDb();
const feed = await testFeedClient();

const write = (text: string, params: Record<string, unknown> = {}) => db.writeStatement('test/feed-write', text, params);
const isNode = (id: string, op?: Change['op']) => (c: Change): c is NodeChange => c.entity === 'node' && c.id === id && (!op || c.op === op);
const isRel = (id: string, op?: Change['op']) => (c: Change): c is RelationshipChange => c.entity === 'relationship' && c.id === id && (!op || c.op === op);

describe('the change feed', () => {
  it('reports a seed: the node whose record changed, with the property that changed', async () => {
    const edited = await copySeeds([{ file: 'actors.yaml', from: 'title: Prime Minister of Israel', to: 'title: Prime Minister of the State of Israel' }]);
    const arrived = nextTx(feed, isNode('benjamin-netanyahu', 'updated'));
    await seedGraph(db, edited);
    const tx = await arrived;
    const change = tx.changes.find(isNode('benjamin-netanyahu', 'updated'))!;
    expect(change.labels).toEqual(['Actor', 'Entity']);
    expect(change.keys).toContain('title');
    expect(tx.txId).toBeGreaterThan(0);
    expect(tx.commitTime).toBeGreaterThan(0);
    await seedGraph(db, SEEDS_DIR);
  });

  it('reports Cypher over Bolt: created nodes and a claim with its ends, then their deletion with the ids they had', async () => {
    const created = nextTx(feed, isRel('feed-test-claim', 'created'));
    await write(
      `CREATE (a:Entity:Actor {id: 'feed-test-actor', name: 'Feed Test'})
       WITH a MATCH (i:Issue {id: 'iran-policy'})
       CREATE (a)-[:HOLDS_STANCE {id: 'feed-test-claim', stance: 'SUPPORTS', position: 'p', attribution: 'STATED', sources: []}]->(i)`,
    );
    const tx = await created;
    expect(tx.changes.find(isNode('feed-test-actor'))).toEqual({
      op: 'created', entity: 'node', labels: ['Actor', 'Entity'], id: 'feed-test-actor', keys: ['id', 'name'],
    });
    expect(tx.changes.find(isRel('feed-test-claim'))).toEqual({
      op: 'created', entity: 'relationship', type: 'HOLDS_STANCE', id: 'feed-test-claim',
      start: 'feed-test-actor', startLabels: ['Actor', 'Entity'], end: 'iran-policy', endLabels: ['Entity', 'Issue'],
      keys: ['attribution', 'id', 'position', 'sources', 'stance'],
    });

    const updated = nextTx(feed, isRel('feed-test-claim', 'updated'));
    await write(`MATCH ()-[r:HOLDS_STANCE {id: 'feed-test-claim'}]->() SET r.stance = 'OPPOSES'`);
    expect((await updated).changes.find(isRel('feed-test-claim'))).toMatchObject({ op: 'updated', keys: ['stance'], start: 'feed-test-actor' });

    const deleted = nextTx(feed, isNode('feed-test-actor', 'deleted'));
    await write(`MATCH (a:Actor {id: 'feed-test-actor'}) DETACH DELETE a`);
    const gone = await deleted;
    // Deleted entities cannot be read after the fact: their ids and labels come from what the transaction removed.
    expect(gone.changes.find(isNode('feed-test-actor'))).toMatchObject({ labels: ['Actor', 'Entity'], keys: ['id', 'name'] });
    expect(gone.changes.find(isRel('feed-test-claim'))).toMatchObject({ op: 'deleted', start: 'feed-test-actor', end: 'iran-policy' });
  });

  it('announces a transaction too large to list as a resync', async () => {
    const resync = new Promise<string>((resolve) => feed.once('resync', resolve));
    await write(`UNWIND range(1, 10001) AS k CREATE (:FeedProbe {k: k})`);
    expect(await resync).toBe('large transaction');
    await write(`MATCH (p:FeedProbe) DELETE p`);
  });

  it('gives a consumer that stopped reading a resync marker in place of what it missed, then carries on', async () => {
    const [host, port] = testFeedAddress().split(':');
    const socket = connect({ host: host!, port: Number(port) });
    const lines: Array<{ type: string; reason?: string; changes?: Change[] }> = [];
    createInterface({ input: socket }).on('line', (line) => lines.push(JSON.parse(line)));
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    // A small buffer, then stop reading: the launcher must drop this consumer's backlog, not wait for it.
    socket.write(`${JSON.stringify({ buffer: 4096 })}\n`);
    await new Promise((r) => setTimeout(r, 200));
    socket.pause();
    for (let i = 0; i < 120; i++) {
      await write(`UNWIND range(1, 20) AS k CREATE (:FeedProbe {id: 'feed-probe-' + $i + '-' + k, filler: $filler})`, {
        i,
        filler: 'x'.repeat(100),
      });
    }
    socket.resume();
    await write(`CREATE (:FeedProbe {id: 'feed-probe-after'})`);
    await expect.poll(() => lines.some((l) => l.changes?.some(isNode('feed-probe-after'))), { timeout: 30_000 }).toBe(true);
    const resync = lines.findIndex((l) => l.type === 'resync');
    expect(lines[resync]).toEqual({ type: 'resync', reason: 'behind' });
    expect(lines.findIndex((l) => l.changes?.some(isNode('feed-probe-after')))).toBeGreaterThan(resync);
    // Fewer transactions arrived than were committed: the backlog was dropped, not delivered late.
    expect(lines.filter((l) => l.type === 'tx').length).toBeLessThan(121);
    socket.destroy();
    await write(`MATCH (p:FeedProbe) DELETE p`);
  });
});
