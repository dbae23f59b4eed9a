/**
 * `npm run bench:invalidation [-- --replicas N]`: how long a change from another client takes to leave the
 * cross-request cache. With --replicas N (N >= 2), N API processes over one Neo4j instead
 * (bench/replicas.ts). Without it: An embedded Neo4j on a temporary store; the API's live graph (change
 * feed and cache) listens; a second Bolt client writes one property every 100 ms
 * (BENCH_WRITES writes, default 100). For each write: Neo4j's commit time to the moment its
 * entries were evicted, as p50, p99 and max.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import getPort from 'get-port';
import os from 'node:os';
import path from 'node:path';
import { LiveGraph } from '../src/api/live/liveGraph.js';
import { loadConfig } from '../src/config.js';
import { createDriver, openNeo4j } from '../src/runtime/connect.js';
import { benchReplicas } from './replicas.js';

const writes = Number(process.env.BENCH_WRITES ?? 100);
if (!Number.isSafeInteger(writes) || writes <= 0) throw new Error(`BENCH_WRITES must be a positive whole number, got ${process.env.BENCH_WRITES}`);
const { values } = parseArgs({ options: { replicas: { type: 'string' } } });
const replicas = values.replicas === undefined ? 1 : Number(values.replicas);
if (!Number.isSafeInteger(replicas) || replicas < 1) throw new Error(`--replicas must be a whole number from 1, got ${values.replicas}`);
if (replicas > 1) {
  const revokes = Number(process.env.BENCH_REVOKES ?? 20);
  await benchReplicas(replicas, writes, revokes);
  process.exit(0);
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'stancegraph-invalidation-'));
const config = loadConfig({ ...process.env, NEO4J_URI: '', STANCEGRAPH_DATA_DIR: dir, STANCEGRAPH_BOLT_PORT: String(await getPort({ host: '127.0.0.1' })) });
const neo4j = await openNeo4j(config);
const live = new LiveGraph({ db: neo4j.db, feed: neo4j.feed, cacheBytes: 2 ** 20 }).start();
const writer = createDriver(neo4j.uri, undefined);
try {
  await live.feed!.waitUntilUp();
  const delays: number[] = [];
  live.feed!.on('tx', (tx) => {
    // Registered after the live graph's own handler: the entries are gone by now.
    if (tx.changes.some((c) => c.entity === 'node' && c.id === 'invalidation-probe')) delays.push(Date.now() - tx.commitTime);
  });
  await writer.executeQuery(`MERGE (:Entity:Actor {id: 'invalidation-probe', name: 'Probe'})`);
  for (let i = 0; i < writes; i++) {
    const started = Date.now();
    await writer.executeQuery(`MATCH (a:Actor {id: 'invalidation-probe'}) SET a.name = $name`, { name: `Probe ${i}` });
    await new Promise((r) => setTimeout(r, Math.max(0, 100 - (Date.now() - started))));
  }
  await new Promise((r) => setTimeout(r, 500));
  const sorted = delays.sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  console.log(`writes: ${writes}, events: ${sorted.length}`);
  console.log(`commit -> eviction (ms): p50 ${at(0.5)}, p99 ${at(0.99)}, max ${sorted.at(-1)}`);
} finally {
  await writer.close();
  live.stop();
  await neo4j.close();
  await rm(dir, { recursive: true, force: true });
}
