import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/errors.js';
import type { Db } from '../../src/graph/db.js';
import {
  claimId,
  deleteSynth,
  findSynth,
  type Row,
  type RowKind,
  ROW_KINDS,
  type SynthCounts,
  synthesize,
  synthRows,
  wellKnownIds,
} from '../../src/synth/index.js';
import { runSynthCli } from '../helpers/cli.js';
import { type GraphSnapshot, graphSnapshot } from '../helpers/graph.js';
import { testDb, testNeo4jEnv } from '../helpers/neo4j.js';

// npm run synth on the run's real Neo4j, beside the seeded corpus. Every test leaves the
// graph with the synthetic data of the first one at most; afterAll deletes it, so other
// files find the seeded graph as the global setup left it.
const COUNTS: SynthCounts = { actors: 50, organizations: 20, issues: 10, events: 15, sources: 30, claims: 200 };
const SEED = 7;

let db: Db;
let seeded: GraphSnapshot;
const run = (text: string, params = {}) => db.read({ name: 'test/synth', text }, params);
const generated = (kind: RowKind) => [...synthRows(kind, COUNTS, SEED)] as Row[];

const synthCli = (args: string[]) => runSynthCli(args, testNeo4jEnv());

beforeAll(async () => {
  db = await testDb();
  await deleteSynth(db);
  seeded = await graphSnapshot(db);
});
afterAll(async () => {
  await deleteSynth(db);
});

describe('synthesize', () => {
  it('writes the generated counts per label and relationship type beside the seeded graph, in bounded transactions', async () => {
    const report = await synthesize(db, COUNTS, { seed: SEED, batchSize: 37 });
    const n = (kind: RowKind) => generated(kind).length;
    expect(report.nodes).toEqual({
      Source: COUNTS.sources,
      Actor: COUNTS.actors,
      Organization: COUNTS.organizations,
      Issue: COUNTS.issues,
      Event: COUNTS.events,
    });
    const relationships = {
      PART_OF: n('partOf'),
      CONCERNS: n('concerns'),
      MENTIONED_IN: n('mentionedIn'),
      AFFILIATED_WITH: n('affiliations'),
      ATTENDED: n('attendances'),
      HOLDS_STANCE: COUNTS.claims,
    };
    expect(report.relationships).toEqual(relationships);
    const rows = ROW_KINDS.reduce((sum, kind) => sum + n(kind), 0);
    expect(report.transactions).toBe(ROW_KINDS.reduce((sum, kind) => sum + Math.ceil(n(kind) / 37), 0));
    expect(report.transactions).toBeGreaterThan(rows / 37);

    const labels = await run(`MATCH (n:Entity) WHERE n.id STARTS WITH 'synth-'
      UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label`);
    expect(Object.fromEntries(labels.map((r) => [r.label, r.n]))).toEqual({
      ...report.nodes,
      Entity: COUNTS.sources + COUNTS.actors + COUNTS.organizations + COUNTS.issues + COUNTS.events,
    });
    const types = await run(`MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id STARTS WITH 'synth-' OR b.id STARTS WITH 'synth-'
      RETURN type(r) AS type, count(*) AS n, count(CASE WHEN a.id STARTS WITH 'synth-' AND b.id STARTS WITH 'synth-' THEN 1 END) AS inside`);
    for (const t of types) expect(t.inside, `${t.type} between synth nodes only`).toBe(t.n);
    expect(Object.fromEntries(types.map((r) => [r.type, r.n]))).toEqual(relationships);

    // The seeded corpus is untouched: the graph minus synth- nodes is what it was.
    const [rest] = await run(`MATCH (n) WHERE NOT n.id STARTS WITH 'synth-' RETURN count(n) AS nodes`);
    expect(rest!.nodes).toBe(seeded.labels.Entity);
  });

  it('stores the generated values as the seed loader would: DATE values with precision, absent nulls', async () => {
    const claims = generated('stances');
    const stored = await run(
      `MATCH (h)-[r:HOLDS_STANCE]->(i) WHERE r.id IN $ids
       RETURN r.id AS id, h.id AS holder, i.id AS issue, r.stance AS stance, r.position AS position,
         r.attribution AS attribution, r.asOf AS asOf, r.asOfPrecision AS asOfPrecision, r.quote AS quote,
         r.sources AS sources, valueType(r.asOf) AS asOfType, keys(r) AS keys
       ORDER BY id`,
      { ids: claims.map((c) => c.id) },
    );
    expect(stored).toHaveLength(claims.length);
    for (const [k, s] of stored.entries()) {
      const { asOfType, keys, ...values } = s;
      expect(values).toEqual(claims[k]);
      expect(asOfType).toBe(s.asOf === null ? 'NULL' : 'DATE NOT NULL');
      expect((keys as string[]).includes('quote')).toBe(s.quote !== null);
    }
    const [event] = await run(`MATCH (e:Event) WHERE e.id STARTS WITH 'synth-' AND e.date IS NOT NULL
      RETURN valueType(e.date) AS type, e.datePrecision IS NOT NULL AS precise LIMIT 1`);
    expect(event).toEqual({ type: 'DATE NOT NULL', precise: true });
  });

  it('names only sources that exist, and gives every claim Entity ends: a holder and an issue', async () => {
    const [missing] = await run(`MATCH ()-[r:HOLDS_STANCE|ATTENDED|AFFILIATED_WITH|CONCERNS]->()
      WHERE any(s IN r.sources WHERE s STARTS WITH 'synth-')
      UNWIND r.sources AS sourceId
      OPTIONAL MATCH (src:Source:Entity {id: sourceId})
      RETURN count(*) AS references, count(CASE WHEN src IS NULL THEN 1 END) AS missing`);
    expect(missing!.references).toBeGreaterThan(COUNTS.claims);
    expect(missing!.missing).toBe(0);
    const [ends] = await run(`MATCH (h)-[r:HOLDS_STANCE]->(i) WHERE r.id STARTS WITH 'synth-'
      RETURN count(*) AS claims,
        count(CASE WHEN h:Entity AND (h:Actor OR h:Organization) AND i:Entity AND i:Issue THEN 1 END) AS wellFormed`);
    expect(ends).toEqual({ claims: COUNTS.claims, wellFormed: COUNTS.claims });
  });

  it('connects every edge to the two nodes its row names, for each kind of edge', async () => {
    const ENDS: Record<string, [RowKind, string, string]> = {
      PART_OF: ['partOf', 'child', 'parent'],
      CONCERNS: ['concerns', 'event', 'issue'],
      MENTIONED_IN: ['mentionedIn', 'id', 'source'],
      AFFILIATED_WITH: ['affiliations', 'actor', 'organization'],
      ATTENDED: ['attendances', 'attendee', 'event'],
      HOLDS_STANCE: ['stances', 'holder', 'issue'],
    };
    for (const [type, [kind, from, to]] of Object.entries(ENDS)) {
      const stored = await run(
        `MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) = $type AND a.id STARTS WITH 'synth-' RETURN a.id + ' -> ' + b.id AS pair`,
        { type },
      );
      const expected = generated(kind).map((row) => `${String(row[from])} -> ${String(row[to])}`);
      expect(stored.map((r) => r.pair as string).sort(), type).toEqual(expected.sort());
    }
  });

  it('makes the well-known ids what they say: a hub, an issue with sub-issues, an event the hub attended', async () => {
    const known = wellKnownIds(COUNTS);
    const [hub] = await run(
      `MATCH (a:Actor {id: $hub})
       RETURN COUNT { (a)-[:HOLDS_STANCE]->() } AS claims, COUNT { (a)-[:ATTENDED]->(:Event {id: $event}) } AS attended,
         COUNT { (:Issue)-[:PART_OF]->(:Issue {id: $issue}) } AS subIssues`,
      { hub: known.hubActor, event: known.event, issue: known.issueWithSubIssues },
    );
    expect(hub!.claims).toBeGreaterThanOrEqual(50);
    expect(hub!.attended).toBe(1);
    expect(hub!.subIssues).toBeGreaterThan(0);
    const [claim] = await run('MATCH (:Actor {id: $hub})-[r:HOLDS_STANCE {id: $claim}]->() RETURN count(r) AS n', {
      hub: known.hubActor,
      claim: claimId(0),
    });
    expect(claim!.n).toBe(1);
  });

  it('refuses a graph that already holds synthetic data, naming how to start over, and writes nothing', async () => {
    const before = await graphSnapshot(db);
    await expect(synthesize(db, { ...COUNTS, claims: 1 }, { seed: 99 })).rejects.toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      message: expect.stringContaining('npm run synth -- --reset'),
    });
    expect(await graphSnapshot(db)).toEqual(before);
  });
});

describe('npm run synth', () => {
  it.each([
    [['--claims', '0'], '--claims must be a positive integer, got "0"'],
    [['--claims', 'abc'], '--claims must be a positive integer, got "abc"'],
    [['--actors', '-3'], '--actors must be a positive integer, got "-3"'],
    [['--seed', '-1'], '--seed must be a non-negative integer, got "-1"'],
    [['--claim', '5'], "Unknown option '--claim'"],
  ])('rejects %j with a non-zero exit and a message naming the flag, writing nothing', async (args, message) => {
    const before = await graphSnapshot(db);
    const { code, stdout, stderr } = await synthCli(args);
    expect(code).not.toBe(0);
    expect(stderr).toContain(`BAD_USER_INPUT: ${message}`);
    expect(stderr).toContain('usage: npm run synth');
    expect(stdout).toBe('');
    expect(await graphSnapshot(db)).toEqual(before);
  });

  it('refuses a second run with a non-zero exit, writing nothing', async () => {
    const before = await graphSnapshot(db);
    const { code, stderr } = await synthCli(['--actors', '5', '--organizations', '2', '--issues', '2', '--events', '2', '--sources', '2', '--claims', '4']);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/BAD_USER_INPUT: The graph already holds synthetic data \(\d+ nodes .*\); nothing was written/);
    expect(stderr).toContain('npm run synth -- --reset');
    expect(await graphSnapshot(db)).toEqual(before);
  });

  it('with --reset replaces the synthetic data, keeps the seeded corpus, and prints the counts and speed', async () => {
    const small = ['--actors', '5', '--organizations', '2', '--issues', '2', '--events', '2', '--sources', '3', '--claims', '4'];
    const { code, stdout, stderr } = await synthCli(['--reset', ...small]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Deleted \d+ synthetic nodes and their edges\.$/m);
    expect(stdout).toContain('nodes: 14 (Source 3, Actor 5, Organization 2, Issue 2, Event 2)');
    expect(stdout).toMatch(/HOLDS_STANCE 4\)$/m);
    expect(stdout).toMatch(/^[\d.]+ s, \d+ transactions: \d+ relationships\/s, \d+ nodes\/s$/m);
    expect(await findSynth(db)).toEqual({ first: 'synth-actor-00000', nodes: 14 });
  });

  it('leaves the seeded graph exactly as it was once the synthetic data is deleted', async () => {
    expect(await deleteSynth(db, 3)).toBe(14);
    expect(await findSynth(db)).toBeUndefined();
    expect(await graphSnapshot(db)).toEqual(seeded);
  });
});
