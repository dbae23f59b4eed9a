// The bench's settings (bench/options.ts): a bad value is named before anything starts.
import { describe, expect, it } from 'vitest';
import { OptionsError, readOptions } from '../../bench/options.js';

const read = (argv: string[], env: NodeJS.ProcessEnv = {}) => readOptions(argv, env, '/tmp/out.json');

describe('bench options', () => {
  it('defaults to every target, 10 s runs after 3 s of warm-up, once, at 10 connections', () => {
    expect(read([])).toMatchObject({ durationS: 10, warmupS: 3, repeat: 1, connections: 10, only: [], targets: ['stancegraph', 'cached', 'cached-writes', 'peer', 'limit'], checkOnly: false });
  });

  it('reads flags and numbers', () => {
    const o = read(['--only', 'stances', '--only', 'graph', '--targets', 'limit,stancegraph', '--check'], { BENCH_DURATION: '30', BENCH_REPEAT: '3' });
    expect(o).toMatchObject({ only: ['stances', 'graph'], targets: ['limit', 'stancegraph'], durationS: 30, repeat: 3, checkOnly: true });
  });

  it.each([
    [{ BENCH_DURATION: 'abc' }, /BENCH_DURATION must be a positive whole number, got "abc"/],
    [{ BENCH_WARMUP: '-1' }, /BENCH_WARMUP .* got "-1"/],
    [{ BENCH_REPEAT: '1.5' }, /BENCH_REPEAT .* got "1.5"/],
    [{ BENCH_URL: 'localhost:4000' }, /BENCH_URL must be an http\(s\) URL/],
  ])('names a bad environment value: %o', (env, message) => {
    expect(() => read([], env)).toThrow(OptionsError);
    expect(() => read([], env)).toThrow(message);
  });

  it('takes the cached targets by name, with --only', () => {
    expect(read(['--targets', 'cached,peer,cached-writes', '--only', 'actorStances'])).toMatchObject({ targets: ['cached', 'peer', 'cached-writes'], only: ['actorStances'] });
  });

  it('takes --claims (default 100000), a positive whole number', () => {
    expect(read([]).claims).toBe(100_000);
    expect(read(['--claims', '1000000']).claims).toBe(1_000_000);
    for (const bad of ['0', '-5', '1e6', 'lots']) expect(() => read([`--claims=${bad}`])).toThrow(`--claims must be a positive whole number, got "${bad}"`);
  });

  it('names an unknown target or flag', () => {
    expect(() => read(['--targets', 'stancegraph,apollo'])).toThrow(/--targets takes .*"stancegraph,apollo"/);
    expect(() => read(['--fast'])).toThrow(/Unknown option '--fast'/);
  });
});
