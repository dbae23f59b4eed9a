/**
 * Figures to text and JSON: a table per target, then the comparison (stancegraph over the
 * peer and over the limit), as Markdown tables so a run can be pasted into docs/benchmarks.md. The
 * JSON (bench/results/latest.json) holds every run, for diffing runs.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { summarizeCache } from './cacheStats.js';
import type { Verdict } from './check.js';
import type { Measurement } from './measure.js';
import type { Question } from './questions.js';
import { CACHED_TARGETS, TARGET_TITLES, type TargetName } from './targets.js';

export interface TargetResult {
  verdict: Verdict;
  runs: Measurement[];
}

export interface QuestionResult {
  question: Question;
  targets: Partial<Record<TargetName, TargetResult>>;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The median of each figure over the runs, and the spread (min–max) of req/s and p99. */
export function summarize(runs: Measurement[]) {
  const of = (key: keyof Measurement) => {
    const xs = runs.map((r) => r[key]).filter((x): x is number => typeof x === 'number');
    return xs.length ? median(xs) : undefined;
  };
  const range = (key: 'reqPerS' | 'p99') => [Math.min(...runs.map((r) => r[key])), Math.max(...runs.map((r) => r[key]))] as const;
  return {
    reqPerS: of('reqPerS')!,
    p50: of('p50')!,
    p99: of('p99')!,
    errors: runs.reduce((n, r) => n + r.errors, 0),
    targetCpuMsPerReq: of('targetCpuMsPerReq'),
    jvmCpuMsPerReq: of('jvmCpuMsPerReq'),
    targetRssMb: of('targetRssMb'),
    targetPeakMb: of('targetPeakMb'),
    reqPerSRange: runs.length > 1 ? range('reqPerS') : undefined,
    p99Range: runs.length > 1 ? range('p99') : undefined,
  };
}

const num = (x: number | undefined, digits = 0) =>
  x === undefined || Number.isNaN(x) ? '–' : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
/** Throughput: whole numbers, one decimal below 10 (a slow question's 0.4 req/s is not 0). */
const rate = (x: number | undefined) => (x === undefined ? '–' : x < 10 ? num(x, 1) : num(x));
const ms = (x: number | undefined) => (x === undefined ? '–' : x < 10 ? num(x, 1) : num(x));
const cpu = (x: number | undefined) => (x === undefined ? '–' : x < 1 ? num(x, 2) : num(x, 1));

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map((h, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** What a target's cell says when it was not timed. */
const untimed = (r: TargetResult | undefined) => (!r ? 'not run' : r.verdict === 'n/a' ? 'n/a' : r.verdict === 'differs' ? 'differs' : 'error');

export function targetTable(name: TargetName, results: QuestionResult[]): string {
  const rows = results.map(({ question: q, targets }) => {
    const r = targets[name];
    if (!r?.runs.length) return [q.title, String(q.connections), untimed(r), '', '', '', '', '', ''];
    const s = summarize(r.runs);
    const spread = s.reqPerSRange ? ` (${rate(s.reqPerSRange[0])}–${rate(s.reqPerSRange[1])})` : '';
    return [
      q.title,
      String(q.connections),
      rate(s.reqPerS) + spread,
      ms(s.p50),
      ms(s.p99),
      String(s.errors),
      cpu(s.targetCpuMsPerReq),
      cpu(s.jvmCpuMsPerReq),
      s.targetRssMb === undefined ? '–' : `${s.targetRssMb} (${s.targetPeakMb})`,
    ];
  });
  return `### ${TARGET_TITLES[name]}\n\n${table(['question', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'CPU ms/req API', 'CPU ms/req JVM', 'RSS MB (peak)'], rows)}`;
}

/** Column heads' names for the targets. */
const SHORT: Record<TargetName, string> = { stancegraph: 'sg', cached: 'cached', 'cached-writes': 'cached+writes', peer: 'peer', limit: 'limit' };

export function comparisonTable(results: QuestionResult[], targets: TargetName[]): string {
  const s = (r: TargetResult | undefined) => (r?.runs.length ? summarize(r.runs) : undefined);
  const ratio = (a?: number, b?: number) => (a && b ? `${num(a / b, a / b < 0.1 ? 3 : 2)}×` : '–');
  // The cached columns appear only when their targets ran, so a run without them reads as before.
  const cached = CACHED_TARGETS.filter((name) => targets.includes(name));
  const rows = results.map(({ question: q, targets: t }) => {
    const [sg, peer, limit] = [s(t.stancegraph), s(t.peer), s(t.limit)];
    const cell = (name: TargetName) => {
      const x = s(t[name]);
      return targets.includes(name) ? (x ? rate(x.reqPerS) : untimed(t[name])) : '';
    };
    return [
      q.title,
      String(q.connections),
      cell('stancegraph'),
      ...cached.map(cell),
      cell('peer'),
      cell('limit'),
      ratio(sg?.reqPerS, peer?.reqPerS),
      ...cached.map((name) => ratio(s(t[name])?.reqPerS, peer?.reqPerS)),
      ratio(sg?.reqPerS, limit?.reqPerS),
      targets.map((name) => ms(s(t[name])?.p99)).join(' / '),
      q.connections === 1 ? [sg, limit].map((x) => ms(x?.p50)).join(' / ') : '',
    ];
  });
  return `### Side by side\n\n${table(
    [
      'question',
      'conns',
      'stancegraph req/s',
      ...cached.map((name) => `${SHORT[name]} req/s`),
      'peer req/s',
      'limit req/s',
      'sg / peer',
      ...cached.map((name) => `${SHORT[name]} / peer`),
      'sg / limit',
      `p99 ms (${targets.map((name) => SHORT[name]).join(' / ')})`,
      'p50 ms at 1 conn (sg / limit)',
    ],
    rows,
  )}`;
}

const percent = (x: number | undefined) => (x === undefined ? '–' : `${num(100 * x, 1)}%`);

/**
 * The cached targets' own figures per question: the share of loader reads the cross-request
 * cache answered, entries the feed's changes evicted, and (with writes) each commit's delay
 * to its eviction. A last row takes every question's commits together.
 */
export function cacheTable(results: QuestionResult[], targets: TargetName[]): string {
  const cached = CACHED_TARGETS.filter((name) => targets.includes(name));
  const of = (r: QuestionResult, name: TargetName) => summarizeCache((r.targets[name]?.runs ?? []).flatMap((m) => (m.cache ? [m.cache] : [])));
  const rows = results.map((r) => [
    r.question.title,
    ...cached.flatMap((name) => {
      const c = of(r, name);
      return name === 'cached-writes'
        ? [percent(c.hitRate), num(c.evicted), num(c.commits), ms(c.lagP50), ms(c.lagP99)]
        : [percent(c.hitRate), num(c.evicted)];
    }),
  ]);
  if (cached.includes('cached-writes')) {
    const all = summarizeCache(results.flatMap((r) => (r.targets['cached-writes']?.runs ?? []).flatMap((m) => (m.cache ? [m.cache] : []))));
    rows.push([
      'every question',
      ...cached.flatMap((name) => (name === 'cached-writes' ? [percent(all.hitRate), num(all.evicted), num(all.commits), ms(all.lagP50), ms(all.lagP99)] : ['', ''])),
    ]);
  }
  const head = cached.flatMap((name) =>
    name === 'cached-writes'
      ? [`${SHORT[name]} hit rate`, `${SHORT[name]} evicted`, 'commits', 'commit → eviction p50 ms', 'p99 ms']
      : [`${SHORT[name]} hit rate`, `${SHORT[name]} evicted`],
  );
  return `### Cross-request cache\n\n${table(['question', ...head], rows)}`;
}

export function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

export async function writeJson(file: string, payload: Record<string, unknown>, results: QuestionResult[]): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const questions = results.map(({ question: q, targets }) => ({
    name: q.name,
    title: q.title,
    connections: q.connections,
    targets: Object.fromEntries(
      Object.entries(targets).map(([name, r]) => [name, { verdict: r.verdict, summary: r.runs.length ? summarize(r.runs) : null, runs: r.runs }]),
    ),
  }));
  await writeFile(file, `${JSON.stringify({ ...payload, questions }, null, 2)}\n`);
}
