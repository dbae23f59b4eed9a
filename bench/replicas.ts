/**
 * `npm run bench:invalidation -- --replicas N` (N >= 2): N API replicas (dist/main.js, as
 * `npm start` runs it) over one embedded Neo4j on a temporary store, each reading the feed
 * plugin through STANCEGRAPH_FEED_URI, as replicas over any Neo4j server would. Replica A
 * writes; the others (B...) are measured:
 * - commit -> eviction on B: Neo4j's commit time of each of A's writes to the moment B's cache
 *   evicted it (B's GET /cache-stats lagsMs; one clock, one machine);
 * - the stale window without a bookmark: B's cache warm with the old answer, the time from A's
 *   acknowledgement to B's first answer with the new value (B asked in a loop);
 * - with the bookmark sent back: how many of B's first answers had the write (all should);
 * - key revocation: an API key kept in the graph deleted (as `npm run key -- revoke` does),
 *   to B's first 401 for it.
 * BENCH_WRITES writes (default 100), one every 100 ms; BENCH_REVOKES revocations (default 20).
 */
import { randomBytes } from 'node:crypto';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import getPort from 'get-port';
import { sha256 } from '../src/api/http/auth.js';
import { loadConfig, ROOT } from '../src/config.js';
import { cypher, loadCypher } from '../src/graph/cypher.js';
import { openNeo4j } from '../src/runtime/connect.js';
import { buildDist } from '../src/runtime/distBuild.js';
import { prepareGraph, SEEDS_DIR } from '../src/seed/index.js';

const Q = { create: cypher('keys/create'), revoke: cypher('keys/revoke') };

interface Replica {
  base: string;
  child: ChildProcess;
}

const percentiles = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return `p50 ${at(0.5)}, p99 ${at(0.99)}, max ${sorted.at(-1)} (n ${sorted.length})`;
};

async function startReplica(env: NodeJS.ProcessEnv): Promise<Replica> {
  const port = await getPort({ host: '127.0.0.1' });
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: ROOT,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let ready = false;
    let feed = false;
    createInterface({ input: child.stderr! }).on('line', (line) => {
      if (line.includes('stancegraph ready at')) ready = true;
      if (line.includes('change feed connected')) feed = true;
      if (ready && feed) resolve();
    });
    child.once('exit', (code) => reject(new Error(`a replica exited (${code}) before it was ready`)));
  });
  return { base: `http://127.0.0.1:${port}`, child };
}

async function post(replica: Replica, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${replica.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: unknown[]; extensions?: { bookmark?: string } } };
}

/** Runs the replicas bench with `count` replicas. */
export async function benchReplicas(count: number, writes: number, revokes: number): Promise<void> {
  buildDist();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'stancegraph-replicas-'));
  const config = loadConfig({ ...process.env, NEO4J_URI: '', STANCEGRAPH_DATA_DIR: dir, STANCEGRAPH_BOLT_PORT: String(await getPort({ host: '127.0.0.1' })) });
  await loadCypher();
  const neo4j = await openNeo4j(config);
  const replicas: Replica[] = [];
  try {
    await prepareGraph(neo4j.db, SEEDS_DIR);
    const writerKey = `sg_${randomBytes(24).toString('base64url')}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      NEO4J_URI: neo4j.uri,
      STANCEGRAPH_DATA_DIR: await mkdtemp(path.join(os.tmpdir(), 'stancegraph-replica-')),
      STANCEGRAPH_FEED_URI: neo4j.feed!()!,
      STANCEGRAPH_API_KEYS: `bench-writer:curator:${sha256(writerKey)}`,
    };
    for (let i = 0; i < count; i++) replicas.push(await startReplica(env));
    const [a, ...others] = replicas as [Replica, ...Replica[]];
    const b = others[0]!;
    const asWriter = { authorization: `Bearer ${writerKey}` };
    const read = `{ source(id: "bench-replicas") { title } }`;
    const write = (title: string) => `mutation { upsertSource(input: { id: "bench-replicas", title: "${title}" }) { id } }`;
    await post(a, write('start'), asWriter);

    // Stale window, and commit -> eviction on B from its own counters.
    const stale: number[] = [];
    for (let i = 0; i < writes; i++) {
      const started = Date.now();
      for (const r of others) await post(r, read); // warm: each holds the old answer
      await post(a, write(`w${i}`), asWriter);
      const acknowledged = performance.now();
      while ((await post(b, read)).body.data?.source?.title !== `w${i}`) {
        // asked again at once: the loop's own round trip is the resolution
      }
      stale.push(Math.round((performance.now() - acknowledged) * 10) / 10);
      await new Promise((r) => setTimeout(r, Math.max(0, 100 - (Date.now() - started))));
    }
    const stats = (await (await fetch(`${b.base}/cache-stats`)).json()) as { lagsMs: number[] };

    // With the bookmark: B's first answer after A's write.
    let fresh = 0;
    for (let i = 0; i < writes; i++) {
      await post(b, read);
      const { body } = await post(a, write(`bm${i}`), asWriter);
      const answer = await post(b, read, { 'X-Stancegraph-Bookmark': body.extensions!.bookmark! });
      if (answer.body.data?.source?.title === `bm${i}`) fresh++;
    }

    // Key revocation: delete a graph key, then ask B with it until it refuses.
    const revocation: number[] = [];
    for (let i = 0; i < revokes; i++) {
      const key = `sg_${randomBytes(24).toString('base64url')}`;
      const name = `bench-key-${i}`;
      await neo4j.db.writeTransaction('keys/create', (run) => run(Q.create, { name, role: 'curator', sha256: sha256(key) }));
      const withKey = { authorization: `Bearer ${key}` };
      while ((await post(b, `{ source(id: "bench-replicas") { id } }`, withKey)).status === 401) {
        await new Promise((r) => setTimeout(r, 5));
      }
      await neo4j.db.writeTransaction('keys/revoke', (run) => run(Q.revoke, { name }));
      const revokedAt = performance.now();
      while ((await post(b, `{ source(id: "bench-replicas") { id } }`, withKey)).status !== 401) {
        // asked again at once
      }
      revocation.push(Math.round((performance.now() - revokedAt) * 10) / 10);
    }

    console.log(`replicas: ${count}, writes through A: ${writes}, measured on B`);
    console.log(`commit -> eviction on B (ms): ${percentiles(stats.lagsMs)}`);
    console.log(`stale window on B without a bookmark, A's answer -> B's first fresh answer (ms): ${percentiles(stale)}`);
    console.log(`with the bookmark sent back: ${fresh} of ${writes} first answers on B had the write`);
    console.log(`key revoked -> first 401 on B (ms): ${percentiles(revocation)}`);
  } finally {
    for (const r of replicas) {
      const exited = new Promise((resolve) => r.child.once('exit', resolve));
      r.child.kill('SIGTERM');
      await exited;
    }
    await neo4j.close();
    await rm(dir, { recursive: true, force: true });
  }
}
