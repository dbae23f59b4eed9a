/**
 * The three servers the bench measures, each a process of its own (so CPU and memory are
 * per process), started one at a time over the same Neo4j and stopped before the next:
 * stancegraph in production mode, @neo4j/graphql 7 (bench/neo4j-graphql/) and the limit
 * (bench/limit/). A target that dies or does not answer in time is reported with the last
 * lines it printed.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../src/config.js';
import getPort from 'get-port';

export const TARGETS = ['stancegraph', 'peer', 'limit'] as const;
export type TargetName = (typeof TARGETS)[number];

export const TARGET_TITLES: Record<TargetName, string> = {
  stancegraph: 'stancegraph (production)',
  peer: '@neo4j/graphql 7',
  limit: 'limit: 1 Cypher/request',
};

/** Where a target's Neo4j is; credentials only for an external one. */
export interface Neo4jAddress {
  uri: string;
  username?: string;
  password?: string;
  database?: string;
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
      return ['--import', 'tsx', path.join(ROOT, 'src', 'main.ts')];
    case 'peer':
      return [path.join(PEER_DIR, 'server.mjs')];
    case 'limit':
      return ['--import', 'tsx', path.join(ROOT, 'bench', 'limit', 'server.ts')];
  }
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
    // The cross-request cache (issue 10) stays off here: with STANCEGRAPH_DATA_DIR naming the
    // bench's store, stancegraph would find the change feed and answer repeats from memory.
    STANCEGRAPH_CACHE_MB: '0',
  };
  for (const [key, value] of [['NEO4J_USERNAME', neo4j.username], ['NEO4J_PASSWORD', neo4j.password], ['NEO4J_DATABASE', neo4j.database]] as const) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  const child = spawn(process.execPath, command(name), { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  liveChildren.add(child);
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(...chunk.toString().split('\n').filter(Boolean));
    if (tail.length > 30) tail.splice(0, tail.length - 30);
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
