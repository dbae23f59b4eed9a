// The cached columns' pure parts: whether a start-up log says the cache is on, what a run's
// two /cache-stats readings amount to, the writer's sequence, and how the tables show them.
// No server, no database.
import { describe, expect, it } from 'vitest';
import type { CacheStatsBody } from '../../src/api/http/cacheStats.js';
import { cacheRun, quantile, summarizeCache } from '../../bench/cacheStats.js';
import type { Measurement } from '../../bench/measure.js';
import type { Question } from '../../bench/questions.js';
import { cacheTable, comparisonTable, type QuestionResult } from '../../bench/report.js';
import { cacheStateOf } from '../../bench/targets.js';
import { nthWrite } from '../../bench/writer.js';

const stats = (over: Partial<CacheStatsBody>): CacheStatsBody => ({ enabled: true, hits: 0, misses: 0, evicted: 0, entries: 0, bytes: 0, feedTxs: 0, lagsMs: [], subscribers: 0, ...over });

describe('cache state from the start-up log', () => {
  it('is on only when the feed connected with a cache of some size', () => {
    expect(cacheStateOf(JSON.stringify({ level: 30, cacheMb: 64, msg: 'change feed connected; cross-request cache on' }))).toBe('on');
    expect(cacheStateOf(JSON.stringify({ level: 30, cacheMb: 0, msg: 'change feed connected; cross-request cache on' }))).toBe('off');
  });

  it('is off when there is no feed, and says nothing of other lines', () => {
    expect(cacheStateOf(JSON.stringify({ level: 30, msg: 'no change feed: this Neo4j was not started by stancegraph, so ...' }))).toBe('off');
    expect(cacheStateOf(JSON.stringify({ level: 30, msg: 'stancegraph ready at http://127.0.0.1:4000/graphql' }))).toBeUndefined();
    expect(cacheStateOf('not json at all')).toBeUndefined();
  });
});

describe('a run between two /cache-stats readings', () => {
  it('counts the differences and keeps the delays of the commits made during the run', () => {
    const before = stats({ hits: 10, misses: 5, evicted: 1, feedTxs: 3, lagsMs: [9, 9, 9] });
    const after = stats({ hits: 110, misses: 30, evicted: 7, feedTxs: 5, lagsMs: [9, 9, 9, 2, 4] });
    expect(cacheRun(before, after)).toEqual({ hits: 100, misses: 25, evicted: 6, lagsMs: [2, 4] });
  });

  it('has no delays when nothing committed', () => {
    expect(cacheRun(stats({ feedTxs: 2, lagsMs: [1, 2] }), stats({ feedTxs: 2, lagsMs: [1, 2] })).lagsMs).toEqual([]);
  });

  it('sums hit rates over runs and takes quantiles by nearest rank over every commit', () => {
    const s = summarizeCache([
      { hits: 90, misses: 10, evicted: 3, lagsMs: [1, 2, 3] },
      { hits: 60, misses: 40, evicted: 2, lagsMs: [4, 100] },
    ]);
    expect(s).toEqual({ hits: 150, misses: 50, hitRate: 0.75, evicted: 5, commits: 5, lagP50: 3, lagP99: 100 });
    expect(quantile([], 0.5)).toBeUndefined();
    expect(summarizeCache([]).hitRate).toBeUndefined();
  });
});

describe('the bench writer', () => {
  it('renames each node in turn, alternately marked and back to its own name', () => {
    const nodes = [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ];
    expect([0, 1, 2, 3, 4].map((i) => nthWrite(nodes, i))).toEqual([
      { id: 'a', name: 'A (bench write)' },
      { id: 'b', name: 'B (bench write)' },
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
      { id: 'a', name: 'A (bench write)' },
    ]);
  });
});

describe('the cached columns in the report', () => {
  const question: Question = { name: 'actorStances', title: '1 actor', connections: 10, query: '', variables: {} };
  const run = (reqPerS: number, cache?: Measurement['cache']): Measurement => ({ reqPerS, p50: 5, p99: 20, requests: reqPerS * 10, errors: 0, cache });
  const results: QuestionResult[] = [
    {
      question,
      targets: {
        stancegraph: { verdict: 'reference', runs: [run(300)] },
        cached: { verdict: 'same', runs: [run(1500, { hits: 95, misses: 5, evicted: 0, lagsMs: [] })] },
        'cached-writes': { verdict: 'same', runs: [run(600, { hits: 80, misses: 20, evicted: 40, lagsMs: [1, 2, 3, 40] })] },
        peer: { verdict: 'same', runs: [run(400)] },
      },
    },
  ];

  it('gives each cached target its req/s and its ratio to the peer', () => {
    const text = comparisonTable(results, ['stancegraph', 'cached', 'cached-writes', 'peer']);
    const [head, , row] = text.split('\n').slice(2);
    expect(head).toContain('| cached req/s | cached+writes req/s | peer req/s |');
    expect(head).toContain('| sg / peer | cached / peer | cached+writes / peer |');
    expect(row).toContain('| 300 | 1,500 | 600 | 400 |');
    expect(row).toContain('| 0.75× | 3.75× | 1.50× |');
  });

  it('leaves the cached columns out when their targets did not run', () => {
    expect(comparisonTable(results, ['stancegraph', 'peer'])).not.toContain('cached');
  });

  it('shows hit rates, evictions and commit-to-eviction delays', () => {
    const text = cacheTable(results, ['stancegraph', 'cached', 'cached-writes', 'peer']);
    expect(text).toContain('| 1 actor | 95.0% | 0 | 80.0% | 40 | 4 | 2.0 | 40 |');
    expect(text).toContain('| every question |  |  | 80.0% | 40 | 4 | 2.0 | 40 |');
  });
});
