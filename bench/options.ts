/**
 * The bench's settings: environment numbers and command-line flags, read and checked once.
 * A bad value stops the bench before it starts anything, with a message naming it.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_COUNTS } from '../src/synth/ids.js';
import { TARGETS, type TargetName } from './targets.js';

export interface BenchOptions {
  durationS: number;
  warmupS: number;
  repeat: number;
  /** Connections of the throughput questions (the five throughput questions). */
  connections: number;
  /** Substrings; a question runs when its name or title contains one. Empty: all. */
  only: string[];
  targets: TargetName[];
  /** A stancegraph already running, measured instead of one the bench starts. */
  benchUrl?: string;
  /** Where the JSON results go. */
  out: string;
  /** Only the same-data check, no load. */
  checkOnly: boolean;
  /**
   * Claims of the synthetic graph (the other counts scale with them, src/synth scaledCounts);
   * each size has its own store (.data/bench, .data/bench-<claims>), built offline when empty.
   */
  claims: number;
}

export class OptionsError extends Error {}

export const USAGE = `npm run bench -- [--only SUBSTRING]... [--targets stancegraph,cached,cached-writes,peer,limit] [--check] [--out FILE] [--claims N]
  --check: only check that the targets return the same data (no load)
  --claims N: the synthetic graph's claims (default 100000; the other counts scale with it),
       in a store of its own (.data/bench-N) built offline by neo4j-admin import when empty
  env: BENCH_DURATION (s, default 10), BENCH_WARMUP (s, default 3), BENCH_REPEAT (default 1),
       BENCH_CONNECTIONS (default 10), BENCH_URL (a running stancegraph to measure),
       NEO4J_URI (a running Neo4j; default: the bench's embedded one in .data/bench)`;

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value <= 0) {
    throw new OptionsError(`${name} must be a positive whole number, got ${JSON.stringify(text)}`);
  }
  return value;
}

export function readOptions(argv: string[], env: NodeJS.ProcessEnv, defaultOut: string): BenchOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        only: { type: 'string', multiple: true },
        targets: { type: 'string' },
        out: { type: 'string' },
        check: { type: 'boolean' },
        claims: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (e) {
    throw new OptionsError(`${(e as Error).message}\nUsage: ${USAGE}`);
  }
  if (parsed.values.help) throw new OptionsError(`Usage: ${USAGE}`);
  const targets = (parsed.values.targets ?? TARGETS.join(','))
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const unknown = targets.filter((t) => !(TARGETS as readonly string[]).includes(t));
  if (unknown.length || targets.length === 0) {
    throw new OptionsError(`--targets takes a comma-separated list of ${TARGETS.join(', ')}; got ${JSON.stringify(parsed.values.targets)}`);
  }
  let benchUrl = env.BENCH_URL?.trim() || undefined;
  if (benchUrl) {
    try {
      const u = new URL(benchUrl);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
    } catch {
      throw new OptionsError(`BENCH_URL must be an http(s) URL such as http://localhost:4000/graphql, got ${JSON.stringify(benchUrl)}`);
    }
  }
  const claimsText = parsed.values.claims;
  const claims = claimsText === undefined ? DEFAULT_COUNTS.claims : Number(claimsText);
  if (claimsText !== undefined && (!/^\d+$/.test(claimsText) || !Number.isSafeInteger(claims) || claims <= 0)) {
    throw new OptionsError(`--claims must be a positive whole number, got ${JSON.stringify(claimsText)}`);
  }
  return {
    claims,
    durationS: positiveInt(env, 'BENCH_DURATION', 10),
    warmupS: positiveInt(env, 'BENCH_WARMUP', 3),
    repeat: positiveInt(env, 'BENCH_REPEAT', 1),
    connections: positiveInt(env, 'BENCH_CONNECTIONS', 10),
    only: parsed.values.only ?? [],
    targets: [...new Set(targets)] as TargetName[],
    benchUrl,
    out: parsed.values.out ?? defaultOut,
    checkOnly: parsed.values.check ?? false,
  };
}
