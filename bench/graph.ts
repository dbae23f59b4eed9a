/**
 * The graph the bench measures on: its own embedded Neo4j (store in .data/bench, kept between
 * runs so a second run skips generation) on a free port, or the Neo4j NEO4J_URI names. The
 * product's schema (cypher/schema.cypher) is applied so every target gets the same indexes;
 * the synthetic graph is generated when it is not there yet (in-process, as `npm run synth`).
 */
import path from 'node:path';
import { loadConfig, ROOT } from '../src/config.js';
import { loadCypher } from '../src/graph/cypher.js';
import type { Db } from '../src/graph/db.js';
import { applySchema } from '../src/graph/constraints.js';
import { openNeo4j } from '../src/runtime/connect.js';
import { runningEmbedded } from '../src/runtime/embedded.js';
import getPort from 'get-port';
import { DEFAULT_COUNTS, findSynth, scaledCounts, synthesize } from '../src/synth/index.js';
import { synthesizeOffline } from '../src/synth/offline.js';
import { offlineRefusal } from '../src/runtime/adminImport.js';
import { pick, readCypherDir } from './cypherFiles.js';
import { findNeo4jJvm } from './measure.js';
import type { Neo4jAddress } from './targets.js';

export const BENCH_DATA_DIR = path.join(ROOT, '.data', 'bench');

export interface BenchGraph {
  db: Db;
  address: Neo4jAddress;
  /** The Neo4j JVM's pid, when it runs on this machine and could be found. */
  jvmPid?: number;
  synth: boolean;
  /**
   * Where the change feed of this Neo4j is, when the project started it (the bench's own
   * embedded store, or NEO4J_URI naming `npm run neo4j` on STANCEGRAPH_DATA_DIR's store):
   * the data dir a cached target is given, and whether its listen.json records a feed.
   */
  feed: { dataDir: string; listening: boolean } | undefined;
  close(): Promise<void>;
}

export type GraphSize = Record<string, number>;

/** The bench's own data dir for a graph of `claims` claims: .data/bench at the default scale. */
export const benchDataDir = (claims: number) => (claims === DEFAULT_COUNTS.claims ? BENCH_DATA_DIR : `${BENCH_DATA_DIR}-${claims}`);

export async function openBenchGraph(env: NodeJS.ProcessEnv, claims: number = DEFAULT_COUNTS.claims): Promise<BenchGraph> {
  const external = Boolean(env.NEO4J_URI);
  const config = loadConfig({
    // The bench's own reads (sizes, ids, generation) may meet a cold store of 100k claims:
    // they get minutes, not the API's per-request timeout. The targets keep their own.
    NEO4J_QUERY_TIMEOUT_MS: '600000',
    // A store of a million claims, just imported, takes minutes to open on a busy machine.
    NEO4J_STARTUP_TIMEOUT_MS: '900000',
    ...env,
    ...(external ? {} : { STANCEGRAPH_DATA_DIR: env.STANCEGRAPH_DATA_DIR ?? benchDataDir(claims), STANCEGRAPH_BOLT_PORT: String(await getPort({ host: '127.0.0.1' })) }),
  });
  await loadCypher();
  // An empty store of our own is built offline (neo4j-admin import), much faster than online.
  if (!external && !runningEmbedded(config.embedded.storeDir) && !offlineRefusal(config.embedded.storeDir)) {
    console.log(`No store at ${config.embedded.storeDir}: building the synthetic graph of ${claims} claims offline (npm run synth -- --offline --claims ${claims})...`);
    const report = await synthesizeOffline(scaledCounts(claims), {
      ...config.embedded,
      startupTimeoutMs: config.startupTimeoutMs,
      log: (line) => console.log(`  ${line}`),
    });
    console.log(`  ${report.relationships.toLocaleString('en-US')} relationships: import ${report.importSeconds} s, ${report.seconds} s in all`);
  }
  // Reuses an embedded Neo4j already serving the bench's store (a bench left running, or
  // `STANCEGRAPH_DATA_DIR=.data/bench npm run neo4j`).
  const neo4j = await openNeo4j(config, { reuseRunning: true });
  try {
    await applySchema(neo4j.db);
    let synth = (await findSynth(neo4j.db)) !== undefined;
    if (!synth) synth = await generate(neo4j.db, claims);
    const jvmPid = neo4j.embedded?.pid ?? (external ? findNeo4jJvm(Number(new URL(neo4j.uri.replace(/^[a-z+]+:/, 'http:')).port || 7687)) : runningEmbedded(config.embedded.storeDir)?.pid);
    const running = runningEmbedded(config.embedded.storeDir);
    const feed = running?.uri === neo4j.uri ? { dataDir: path.dirname(config.embedded.storeDir), listening: running.feed !== undefined } : undefined;
    return {
      db: neo4j.db,
      address: {
        uri: neo4j.uri,
        ...(config.external ? { username: config.external.username, password: config.external.password, database: config.external.database } : {}),
        dataDir: feed?.listening ? feed.dataDir : undefined,
      },
      feed,
      jvmPid,
      synth,
      close: () => neo4j.close(),
    };
  } catch (e) {
    await neo4j.close();
    throw e;
  }
}

/** Writes the synthetic graph online (what `npm run synth -- --claims N` writes), with its progress. */
async function generate(db: Db, claims: number): Promise<boolean> {
  console.log(`No synthetic data in this graph: generating it online (npm run synth -- --claims ${claims}; once per store)...`);
  const report = await synthesize(db, scaledCounts(claims), { log: (line) => console.log(`  ${line}`) });
  console.log(`  ${report.relationshipsPerSecond.toLocaleString('en-US')} relationships/s, ${report.seconds} s`);
  return true;
}

const SIZE_DIR = path.join(import.meta.dirname, 'cypher');

export async function graphSize(db: Db): Promise<GraphSize> {
  const [row] = await db.read(pick(await readCypherDir(SIZE_DIR), 'graph-size', SIZE_DIR));
  return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v)]));
}
