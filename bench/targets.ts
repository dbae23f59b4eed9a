/**
 * The servers the bench measures, each a process of its own (so CPU and memory are per
 * process), started one at a time over the same Neo4j and stopped before the next:
 * stancegraph in production mode with its cross-request cache off, the same with the cache on
 * (`cached`, and `cached-writes`, measured while bench/writer.ts writes), @neo4j/graphql 7
 * (bench/neo4j-graphql/) and the limit (bench/limit/). A target that dies or does not answer
 * in time is reported with the last lines it printed.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../src/config.js';
import getPort from 'get-port';

export const TARGETS = ['stancegraph', 'cached', 'cached-writes', 'peer', 'limit'] as const;
export type TargetName = (typeof TARGETS)[number];

/** The targets that run stancegraph with its cross-request cache on. */
export const CACHED_TARGETS: readonly TargetName[] = ['cached', 'cached-writes'];
export const isCached = (name: TargetName) => CACHED_TARGETS.includes(name);

export const TARGET_TITLES: Record<TargetName, string> = {
  stancegraph: 'stancegraph (production)',
  cached: 'stancegraph, cache on',
  'cached-writes': 'stancegraph, cache on, a write every 100 ms',
  peer: '@neo4j/graphql 7',
  limit: 'limit: 1 Cypher/request',
};

/** Where a target's Neo4j is; credentials only for an external one. */
export interface Neo4jAddress {
  uri: string;
  username?: string;
  password?: string;
  database?: string;
  /**
   * STANCEGRAPH_DATA_DIR of the project-started Neo4j serving `uri`: where a cached target
   * finds its listen.json and so the change feed. Unset when there is none.
   */
  dataDir?: string;
}

export interface RunningTarget {
  name: TargetName;
  url: string;
  /** The server process, when the bench started it (not with BENCH_URL). */
  pid?: number;
  /** Throws a TargetError with the target's last output when its process has exited. */
  assertAlive(): void;
  stop(): Promise<void>;
}

export class TargetError extends Error {}

const PEER_DIR = path.join(ROOT, 'bench', 'neo4j-graphql');

/** Installs the peer's own dependencies (npm ci) the first time: it is never part of the product's. */
export function ensurePeerInstalled(): void {
  if (existsSync(path.join(PEER_DIR, 'node_modules', '@neo4j', 'graphql'))) return;
  console.log(`Installing @neo4j/graphql and its server in ${path.relative(ROOT, PEER_DIR)} (npm ci, first run only)...`);
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: PEER_DIR, stdio: 'inherit' });
  if (npm.status !== 0) throw new TargetError(`npm ci in ${PEER_DIR} failed (exit ${npm.status}); the peer cannot run.`);
}

function command(name: TargetName): string[] {
  switch (name) {
    case 'stancegraph':
    case 'cached':
    case 'cached-writes':
      return [path.join(ROOT, 'dist', 'main.js')];
    case 'peer':
      return [path.join(PEER_DIR, 'server.mjs')];
    case 'limit':
      return ['--import', 'tsx', path.join(ROOT, 'bench', 'limit', 'server.ts')];
  }
}

/** What a stancegraph start-up log says of its cross-request cache. */
export type CacheState = 'unknown' | 'on' | 'off';

/**
 * Reads one line of stancegraph's log (pino JSON): 'on' when the change feed connected with
 * the cache on, 'off' when there is no feed (so no cache); undefined for any other line.
 */
export function cacheStateOf(line: string): 'on' | 'off' | undefined {
  let entry: { msg?: unknown; cacheMb?: unknown };
  try {
    entry = JSON.parse(line) as typeof entry;
  } catch {
    return undefined;
  }
  if (typeof entry.msg !== 'string') return undefined;
  if (entry.msg.startsWith('no change feed')) return 'off';
  if (entry.msg.includes('cross-request cache on')) return typeof entry.cacheMb === 'number' && entry.cacheMb > 0 ? 'on' : 'off';
  return undefined;
}

/** Whether anything answers HTTP at `url` (any status counts). */
export async function answersHttp(url: string, timeoutMs = 2_000): Promise<boolean> {
  try {
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return true;
  } catch {
    return false;
  }
}

/** Every child the bench started and has not stopped yet, so Ctrl-C can stop them all. */
export const liveChildren = new Set<ChildProcess>();

async function stopChild(child: ChildProcess, graceMs = 20_000): Promise<void> {
  liveChildren.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Stops every target still running (Ctrl-C, a failure). */
export async function stopAllTargets(): Promise<void> {
  await Promise.all([...liveChildren].map((c) => stopChild(c, 5_000)));
}

/** Starts one target on a free port over `neo4j`; resolves once it answers HTTP. */
export async function startTarget(name: TargetName, neo4j: Neo4jAddress, timeoutMs = 120_000): Promise<RunningTarget> {
  const port = await getPort({ host: '127.0.0.1' });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEO4J_URI: neo4j.uri,
    HOST: '127.0.0.1',
    PORT: String(port),
    // The cross-request cache (docs/live.md) is off for the plain column: with STANCEGRAPH_DATA_DIR
    // naming the bench's store, stancegraph would find the change feed and answer repeats from
    // memory. The cached columns turn it on at its default size, and point at that store.
    STANCEGRAPH_CACHE_MB: isCached(name) ? undefined : '0',
    STANCEGRAPH_DATA_DIR: isCached(name) ? neo4j.dataDir : undefined,
    // The start-up log is how the bench knows the cache is on (below).
    LOG_LEVEL: isCached(name) ? 'info' : process.env.LOG_LEVEL,
  };
  for (const key of ['STANCEGRAPH_CACHE_MB', 'STANCEGRAPH_DATA_DIR', 'LOG_LEVEL'] as const) if (env[key] === undefined) delete env[key];
  for (const [key, value] of [['NEO4J_USERNAME', neo4j.username], ['NEO4J_PASSWORD', neo4j.password], ['NEO4J_DATABASE', neo4j.database]] as const) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  const child = spawn(process.execPath, command(name), { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  liveChildren.add(child);
  const tail: string[] = [];
  // An object, not a let: it changes in the output listener, which TypeScript's narrowing does not see.
  const cache: { state: CacheState } = { state: 'unknown' };
  const keep = (chunk: Buffer) => {
    const lines = chunk.toString().split('\n').filter(Boolean);
    tail.push(...lines);
    if (tail.length > 30) tail.splice(0, tail.length - 30);
    for (const line of lines) cache.state = cacheStateOf(line) ?? cache.state;
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}/graphql`;
  const fail = async (why: string) => {
    await stopChild(child, 5_000);
    return new TargetError(`${TARGET_TITLES[name]} ${why}. Its last output:\n${tail.map((l) => `  | ${l}`).join('\n') || '  (nothing)'}`);
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw await fail(`exited (${child.exitCode ?? child.signalCode}) before it answered`);
    if (await answersHttp(url, 1_000)) break;
    if (Date.now() > deadline) throw await fail(`did not answer at ${url} within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
  // A cached column measured without its cache would be a second uncached column under a
  // misleading title: the start-up log must say the cache is on, or the bench stops here.
  if (isCached(name)) {
    const cacheDeadline = Date.now() + 30_000;
    while (cache.state !== 'on') {
      if (cache.state === 'off') throw await fail('started with its cross-request cache off (no change feed)');
      if (Date.now() > cacheDeadline) throw await fail('did not report its cross-request cache on within 30 s of answering');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    name,
    url,
    pid: child.pid,
    assertAlive() {
      if (child.exitCode === null && child.signalCode === null) return;
      liveChildren.delete(child);
      throw new TargetError(
        `${TARGET_TITLES[name]} exited (${child.exitCode ?? child.signalCode}) while it was measured. Its last output:\n${tail.map((l) => `  | ${l}`).join('\n')}`,
      );
    },
    stop: () => stopChild(child),
  };
}

/** A stancegraph already running at BENCH_URL: measured, never started or stopped by the bench. */
export function externalTarget(url: string): RunningTarget {
  return { name: 'stancegraph', url, assertAlive() {}, stop: async () => {} };
}
