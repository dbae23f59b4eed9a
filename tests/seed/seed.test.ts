import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/errors.js';
import type { Db } from '../../src/graph/db.js';
import { isGraphEmpty, readSeeds, type SeedSet, SEEDS_DIR, seedGraph } from '../../src/seed/index.js';
import { expectedCounts, type GraphSnapshot, graphSnapshot } from '../helpers/graph.js';
import { testDb } from '../helpers/neo4j.js';
import { copySeeds, seedDir } from '../helpers/seedDirs.js';

// The run's database, seeded from seeds/ by the global setup. Tests that change it put the
// seeded graph back before they end; afterAll does it once more in case one failed midway.
let db: Db;
let seeds: SeedSet;
let seeded: GraphSnapshot;
const restore = () => seedGraph(db, SEEDS_DIR, { reset: true });
const run = (text: string, params = {}) => db.read({ name: 'test/seed', text }, params);

beforeAll(async () => {
  db = await testDb();
  seeds = await readSeeds(SEEDS_DIR);
  seeded = await graphSnapshot(db);
});
afterAll(async () => {
  await restore();
});

describe('the seeded graph', () => {
  it('holds exactly what the seed files say, by label and relationship type', () => {
    const expected = expectedCounts(seeds);
    expect(seeded.labels).toEqual(expected.labels);
    expect(seeded.types).toEqual(expected.types);
  });

  it('has the corpus the design asks for', () => {
    expect(seeded.labels.Actor).toBeGreaterThanOrEqual(10); // 10 since joe-biden left: no article names him
    expect(seeded.labels.Organization).toBeGreaterThanOrEqual(15);
    expect(seeded.labels.Issue).toBeGreaterThanOrEqual(20);
    expect(seeded.labels.Event).toBeGreaterThanOrEqual(10);
    expect(seeded.types.HOLDS_STANCE).toBeGreaterThanOrEqual(45);
  });

  it('labels every node Entity beside exactly one kind, with a slug id', async () => {
    // API keys and the schema version are kept beside the data, not in it.
    const [row] = await run(`MATCH (n) WHERE NOT n:ApiKey AND NOT n:SchemaVersion
      RETURN count(n) AS nodes,
        count(CASE WHEN n:Entity THEN 1 END) AS entities,
        count(CASE WHEN size([l IN labels(n) WHERE l IN ['Actor','Organization','Issue','Event','Source']]) = 1 THEN 1 END) AS oneKind,
        count(CASE WHEN n.id =~ '^[a-z0-9]+(-[a-z0-9]+)*$' THEN 1 END) AS slugs`);
    expect(row).toEqual({ nodes: row!.nodes, entities: row!.nodes, oneKind: row!.nodes, slugs: row!.nodes });
  });

  it("records Trump's claim on West Bank annexation as OPPOSES, STATED, sourced to the Reuters piece", async () => {
    const rows = await run(`MATCH (:Actor {id: 'donald-trump'})-[s:HOLDS_STANCE]->(:Issue {id: 'west-bank-annexation'})
      RETURN s.id AS id, s.stance AS stance, s.attribution AS attribution, s.sources AS sources,
        s.asOf AS asOf, valueType(s.asOf) AS asOfType, s.asOfPrecision AS precision, s.quote IS NOT NULL AS quoted`);
    expect(rows).toEqual([
      {
        id: 'donald-trump-opposes-west-bank-annexation-2026-02',
        stance: 'OPPOSES',
        attribution: 'STATED',
        sources: ['reuters-iran-diplomacy-2026-02'],
        asOf: '2026-02-01',
        asOfType: 'DATE NOT NULL',
        precision: 'MONTH',
        quoted: true,
      },
    ]);
    const [source] = await run(`MATCH (s:Source {id: 'reuters-iran-diplomacy-2026-02'}) RETURN s.publisher AS publisher, s.publishedAt AS at`);
    expect(source).toEqual({ publisher: 'ST, from Reuters', at: '2026-02-01' });
  });

  // Three since the 2026-12 corpus review added his January 2026 threat (004).
  it('keeps a history: all three of Trump’s dated claims on military strikes on Iran, side by side', async () => {
    const rows = await run(`MATCH (:Actor {id: 'donald-trump'})-[s:HOLDS_STANCE]->(:Issue {id: 'military-strikes-on-iran'})
      RETURN s.id AS id, s.stance AS stance, toString(s.asOf) AS asOf, s.asOfPrecision AS precision ORDER BY s.asOf`);
    expect(rows).toEqual([
      { id: 'donald-trump-mixed-military-strikes-on-iran-2025', stance: 'MIXED', asOf: '2025-01-01', precision: 'YEAR' },
      { id: 'donald-trump-conditional-military-strikes-on-iran-2026-01', stance: 'CONDITIONAL', asOf: '2026-01-01', precision: 'MONTH' },
      { id: 'donald-trump-conditional-military-strikes-on-iran-2026-02-10', stance: 'CONDITIONAL', asOf: '2026-02-10', precision: 'DAY' },
    ]);
  });

  it('builds the issue and organization hierarchies with PART_OF, child to parent', async () => {
    const [missiles] = await run(`MATCH (:Issue {id: 'iran-ballistic-missiles'})-[:PART_OF]->(p) RETURN collect(p.id) AS parents`);
    expect(missiles).toEqual({ parents: ['iran-policy'] });
    const [scope] = await run(`MATCH path = (:Issue {id: 'iran-talks-scope'})-[:PART_OF*]->(root:Issue)
      WHERE NOT (root)-[:PART_OF]->() RETURN [n IN nodes(path) | n.id] AS trail`);
    expect(scope).toEqual({ trail: ['iran-talks-scope', 'us-iran-negotiations', 'iran-policy'] });
    const [cabinet] = await run(`MATCH path = (:Organization {id: 'israeli-security-cabinet'})-[:PART_OF*]->(root)
      WHERE NOT (root)-[:PART_OF]->() RETURN [n IN nodes(path) | n.id] AS trail`);
    expect(cabinet).toEqual({ trail: ['israeli-security-cabinet', 'israeli-government', 'israel'] });
  });

  it('stores dates as DATE with a precision, lists as lists, and no property for an absent value', async () => {
    const [golan] = await run(`MATCH (e:Event {id: 'us-recognition-of-golan-sovereignty'}) RETURN keys(e) AS keys`);
    expect((golan!.keys as string[]).sort()).toEqual(['description', 'id', 'kind', 'name', 'status']);
    const [oman] = await run(`MATCH (e:Event {id: 'us-iran-talks-oman-2026-02-06'}) RETURN valueType(e.date) AS type, e.date AS date, e.datePrecision AS precision`);
    expect(oman).toEqual({ type: 'DATE NOT NULL', date: '2026-02-06', precision: 'DAY' });
    const [khalfa] = await run(`MATCH (a:Actor {id: 'david-khalfa'}) RETURN a.aliases AS aliases`);
    expect(khalfa).toEqual({ aliases: [] });
  });

  it('gives every claim, attendance and affiliation at least one source that exists, and CONCERNS the event’s sources', async () => {
    const [row] = await run(`MATCH ()-[r:HOLDS_STANCE|ATTENDED|AFFILIATED_WITH]->()
      RETURN count(r) AS edges,
        count(CASE WHEN size(r.sources) > 0 AND all(s IN r.sources WHERE EXISTS { MATCH (:Source {id: s}) }) THEN 1 END) AS sourced`);
    expect(row!.sourced).toBe(row!.edges);
    const rows = await run(`MATCH (e:Event)-[c:CONCERNS]->(:Issue) RETURN e.id AS event, c.sources AS sources`);
    const bySeed = new Map(seeds.events.map((e) => [e.id, e.sources]));
    for (const r of rows) expect(r.sources).toEqual(bySeed.get(r.event as string));
  });
});

describe('seeding', () => {
  it('changes nothing when run again, with or without reset, in a handful of queries', async () => {
    const again = await seedGraph(db, SEEDS_DIR);
    expect(await graphSnapshot(db)).toEqual(seeded);
    const { labels, types } = expectedCounts(seeds);
    const { Entity: _, ...byKind } = labels;
    expect(again.nodes).toEqual(byKind);
    expect(again.relationships).toEqual(types);
    expect(again.queries).toBe(11); // one per kind of node and edge, whatever the number of rows
    const reset = await seedGraph(db, SEEDS_DIR, { reset: true });
    expect(reset.deleted).toBe(seeded.labels.Entity);
    expect(reset.queries).toBe(12);
    expect(await graphSnapshot(db)).toEqual(seeded);
  });

  it('makes the seed files the truth for the nodes they list: a changed parent or source replaces the old edge', async () => {
    const dir = await copySeeds([
      { file: 'issues.yaml', from: '    parent: us-iran-negotiations\n', to: '    parent: iran-policy\n' },
      { file: 'actors.yaml', from: /(id: david-khalfa[\s\S]*?sources: )\[white-house-visit-2025-departure\]/, to: '$1[mar-a-lago-domestic-survival]' },
    ]);
    await seedGraph(db, dir);
    const [scope] = await run(`MATCH (:Issue {id: 'iran-talks-scope'})-[:PART_OF]->(p) RETURN collect(p.id) AS parents`);
    expect(scope).toEqual({ parents: ['iran-policy'] });
    const [khalfa] = await run(`MATCH (:Actor {id: 'david-khalfa'})-[:MENTIONED_IN]->(s) RETURN collect(s.id) AS sources`);
    expect(khalfa).toEqual({ sources: ['mar-a-lago-domestic-survival'] });
    await seedGraph(db, SEEDS_DIR); // no reset: the edges go back
    expect(await graphSnapshot(db)).toEqual(seeded);
  });

  it('with reset, replaces the whole graph, and batches large seeds', async () => {
    const issues = Array.from({ length: 2_500 }, (_, i) => `  - {id: bulk-${i}, name: Bulk ${i}, sources: [bulk-source]${i ? `, parent: bulk-${i - 1}` : ''}}`);
    const dir = await seedDir({ 'bulk.yaml': `sources:\n  - {id: bulk-source, title: Bulk}\nissues:\n${issues.join('\n')}\n` });
    try {
      const report = await seedGraph(db, dir, { reset: true });
      expect(report.nodes).toEqual({ Source: 1, Actor: 0, Organization: 0, Issue: 2_500, Event: 0 });
      expect(report.relationships).toMatchObject({ PART_OF: 2_499, MENTIONED_IN: 2_500, HOLDS_STANCE: 0 });
      // reset, sources, then issues, part-of and mentioned-in in two batches each; empty kinds cost nothing
      expect(report.queries).toBe(8);
      const after = await graphSnapshot(db);
      expect(after.labels).toEqual({ Entity: 2_501, Source: 1, Issue: 2_500 });
      expect(await isGraphEmpty(db)).toBe(false);
      await db.writeStatement('test/empty-graph', 'MATCH (n) DETACH DELETE n');
      expect(await isGraphEmpty(db)).toBe(true);
    } finally {
      await restore();
    }
    expect(await graphSnapshot(db)).toEqual(seeded);
  });

  it('rolls back the whole seed when a write fails: an id that is another kind in the graph', async () => {
    const dir = await seedDir({
      'conflict.yaml': `sources:
  - {id: conflict-test-source, title: "Written first, then rolled back"}
issues:
  - {id: donald-trump, name: Trump as an issue, sources: [conflict-test-source]}
`,
    });
    await expect(seedGraph(db, dir)).rejects.toMatchObject({ code: ErrorCode.CONSTRAINT_VIOLATION });
    expect(await graphSnapshot(db)).toEqual(seeded);
  });

  it('has the database refuse a second node with an existing id, whatever its kind', async () => {
    await expect(
      db.writeStatement('test/duplicate-id', "CREATE (:Entity:Issue {id: 'donald-trump', name: 'A second Trump'})"),
    ).rejects.toMatchObject({ code: ErrorCode.CONSTRAINT_VIOLATION, message: expect.stringContaining('donald-trump') });
    await expect(
      db.writeStatement(
        'test/duplicate-claim',
        `MATCH (a:Actor {id: 'david-khalfa'}), (i:Issue {id: 'gaza-war'})
         CREATE (a)-[:HOLDS_STANCE {id: 'donald-trump-opposes-west-bank-annexation-2026-02', stance: 'MIXED'}]->(i)`,
      ),
    ).rejects.toMatchObject({ code: ErrorCode.CONSTRAINT_VIOLATION });
    expect(await graphSnapshot(db)).toEqual(seeded);
  });
});
