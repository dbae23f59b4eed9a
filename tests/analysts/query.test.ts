// The analysts' command-line tools: `npm run query` (saved queries with typed parameters)
// against the run's real Neo4j, and what both tools say when no database is running.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { formatRows } from '../../src/queries/format.js';
import { parseParam, parseParams } from '../../src/queries/params.js';
import { findSavedQuery, listSavedQueries } from '../../src/queries/saved.js';
import { runEntryPoint } from '../helpers/cli.js';

const { uri, username, password, database } = inject('neo4j');
const connected = { NEO4J_URI: uri, NEO4J_USERNAME: username ?? '', NEO4J_PASSWORD: password ?? '', NEO4J_DATABASE: database ?? '' };
const query = (...args: string[]) => runEntryPoint('src/cli/query.ts', args, connected);

describe('saved queries and their parameters', () => {
  it('reads what each query answers and its typed parameters from its header', () => {
    const all = listSavedQueries();
    expect(all.length).toBeGreaterThanOrEqual(10);
    for (const q of all) expect(q.answers.length, q.name).toBeGreaterThan(20);
    expect(findSavedQuery('events-in-range').params).toEqual([
      { name: 'from', type: { kind: 'date' } },
      { name: 'to', type: { kind: 'date' } },
    ]);
    expect(findSavedQuery('divergences').params.map((p) => p.name)).toEqual(['a', 'b']);
  });

  it('turns command-line values into typed Neo4j values', () => {
    expect(String(parseParam('from', { kind: 'date' }, '2026-02-11'))).toBe('2026-02-11');
    expect(neo4j.isDate(parseParam('from', { kind: 'date' }, '2026-02-11'))).toBe(true);
    expect(neo4j.isInt(parseParam('limit', { kind: 'integer' }, '25'))).toBe(true);
    expect(parseParam('score', { kind: 'float' }, '0.5')).toBe(0.5);
    expect(parseParam('ids', { kind: 'list', of: { kind: 'string' } }, 'a, b')).toEqual(['a', 'b']);
    expect(parseParam('ids', { kind: 'list', of: { kind: 'string' } }, '["a","b,c"]')).toEqual(['a', 'b,c']);
    expect(parseParam('root', { kind: 'string' }, 'null')).toBeNull();
    expect(() => parseParam('from', { kind: 'date' }, '2026-02-30')).toThrow('parameter from expects a date (YYYY-MM-DD), got "2026-02-30"');
    expect(() => parseParam('limit', { kind: 'integer' }, '2.5')).toThrow('parameter limit expects an integer');
    expect(() => parseParam('ns', { kind: 'list', of: { kind: 'integer' } }, '1,x')).toThrow('parameter ns[1] expects an integer, got "x"');
  });

  it('reports every missing, unknown or mistyped parameter at once', () => {
    const q = findSavedQuery('events-in-range');
    expect(() => parseParams(q, ['from=2026-01', 'zone=UTC'])).toThrow(
      /no parameter zone \(it takes: from, to\); parameter from expects a date \(YYYY-MM-DD\), got "2026-01"; missing parameter to: a date/,
    );
  });

  it('writes rows as a table, CSV or JSON', () => {
    const rows = [{ name: 'Trump, Donald', issues: ['iran', 'gaza'], asOf: null }];
    expect(formatRows(rows, 'csv')).toBe('name,issues,asOf\n"Trump, Donald","iran, gaza",\n');
    expect(JSON.parse(formatRows(rows, 'json'))).toEqual(rows);
    expect(formatRows(rows, 'table')).toMatch(/name.*issues.*asOf[\s\S]*Trump, Donald.*iran, gaza[\s\S]*1 row\n$/);
    expect(formatRows([], 'table')).toBe('(no rows)\n');
  });
});

describe('npm run query', () => {
  it('--list shows every saved query, what it answers and its parameters', async () => {
    const run = await query('--list');
    expect(run.code).toBe(0);
    for (const q of listSavedQueries()) expect(run.stdout).toContain(q.name);
    expect(run.stdout).toContain('events-in-range --param from=<date (YYYY-MM-DD)> --param to=<date (YYYY-MM-DD)>');
  });

  it('runs a saved query as a table, CSV or JSON', async () => {
    const table = await query('divergences', '--param', 'a=donald-trump', '--param', 'b=benjamin-netanyahu');
    expect(table.stderr).toBe('');
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Second phase of the US-brokered Gaza ceasefire');
    expect(table.stdout).toMatch(/\d+ rows\n$/);

    const csv = await query('claim-sources', '--param', 'claim=donald-trump-opposes-west-bank-annexation-2026-02', '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[0]).toMatch(/^claim,holder,issue,stance/);

    const json = await query('events-in-range', '-p', 'from=2026-02-01', '-p', 'to=2026-02-28', '--format', 'json');
    expect(json.code).toBe(0);
    const events = JSON.parse(json.stdout) as Array<{ date: string }>;
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.date.startsWith('2026-02')).toBe(true);
  });

  it('names the closest saved query for an unknown name, and a parameter with its type', async () => {
    const unknown = await query('divergence', '--param', 'a=x');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No saved query "divergence" in cypher/queries/. Did you mean "divergences"?');

    const mistyped = await query('events-in-range', '--param', 'from=yesterday');
    expect(mistyped.code).toBe(1);
    expect(mistyped.stderr).toContain('BAD_USER_INPUT');
    expect(mistyped.stderr).toContain('parameter from expects a date (YYYY-MM-DD), got "yesterday"');
    expect(mistyped.stderr).toContain('missing parameter to: a date (YYYY-MM-DD)');
  });
});

describe('with no database running', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
  const nothingRunning = async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'stancegraph-nodb-'));
    dirs.push(dir);
    return { NEO4J_URI: '', STANCEGRAPH_DATA_DIR: dir };
  };

  it('npm run query says how to start one and exits non-zero', async () => {
    const run = await runEntryPoint('src/cli/query.ts', ['co-attendance', '--param', 'holder=benjamin-netanyahu'], await nothingRunning());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('DATABASE_UNAVAILABLE: No Neo4j is running on');
    expect(run.stderr).toContain('`npm run neo4j`');
  });

  it('npm run cypher-shell says how to start one and exits non-zero', async () => {
    const run = await runEntryPoint('src/cli/cypherShell.ts', ['--format', 'plain'], await nothingRunning());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('DATABASE_UNAVAILABLE: No Neo4j is running on');
    expect(run.stderr).toContain('`npm start`');
  });
});
