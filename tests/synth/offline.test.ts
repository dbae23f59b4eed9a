import { existsSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import getPort from 'get-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/graph/db.js';
import { Db as DbClass } from '../../src/graph/db.js';
import { createDriver } from '../../src/runtime/connect.js';
import { type EmbeddedNeo4j, startEmbedded } from '../../src/runtime/embedded.js';
import { deleteSynth, type SynthCounts, synthesize } from '../../src/synth/index.js';
import { type CliRun, runEntryPoint, runSynthCli } from '../helpers/cli.js';
import { testDb } from '../helpers/neo4j.js';
import { tempDir } from '../helpers/tempDirs.js';

// npm run synth -- --offline and npm run import: Neo4j's offline importer into a store of
// their own (a temp dir), compared with what the online path writes into the run's Neo4j.
const COUNTS: SynthCounts = { actors: 40, organizations: 12, issues: 9, events: 10, sources: 25, claims: 150 };
const SEED = 7;
const countFlags = Object.entries(COUNTS).flatMap(([k, v]) => [`--${k}`, String(v)]);
const SLOW = 1_200_000;

let db: Db;

/** The environment of a CLI writing the embedded store under `dataDir`, never the run's Neo4j. */
const offlineEnv = async (dataDir: string) => ({
  STANCEGRAPH_DATA_DIR: dataDir,
  NEO4J_URI: '',
  STANCEGRAPH_BOLT_PORT: String(await getPort({ host: '127.0.0.1' })),
});
const synthOffline = async (dataDir: string, args: string[] = countFlags) => runSynthCli(['--offline', ...args, '--seed', String(SEED)], await offlineEnv(dataDir));
const importCli = async (dataDir: string, args: string[]) => runEntryPoint('src/cli/import.ts', args, await offlineEnv(dataDir));

/** Whether the store under `dataDir` holds a database (what "nothing written" rules out). */
const holdsDatabase = (dataDir: string) => {
  const dir = path.join(dataDir, 'neo4j', 'data', 'databases', 'neo4j');
  return existsSync(dir) && readdirSync(dir).length > 0;
};
/** The importer's staging folders and the CSV files are gone, whatever happened. */
const leftovers = (dataDir: string) => (existsSync(dataDir) ? readdirSync(dataDir).filter((f) => f.startsWith('.')) : []);

/** JSON with object keys sorted, so equal values print equal. */
const stable = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(stable).join(',')}]`
    : value !== null && typeof value === 'object'
      ? `{${Object.entries(value as Record<string, unknown>)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`)
          .join(',')}}`
      : JSON.stringify(value);

/** Every synthetic node and edge with its labels, properties and their Cypher types, sorted. */
async function synthGraph(on: Db) {
  const nodes = await on.read({
    name: 'test/offline-nodes',
    text: `MATCH (n:Entity) WHERE n.id STARTS WITH 'synth-'
      RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, [k IN keys(n) | k + ':' + valueType(n[k])] AS types ORDER BY id`,
  });
  const edges = await on.read({
    name: 'test/offline-edges',
    text: `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id STARTS WITH 'synth-'
      RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props, [k IN keys(r) | k + ':' + valueType(r[k])] AS types`,
  });
  const sortedNodes = nodes.map((n) => ({ ...n, labels: [...(n.labels as string[])].sort(), types: [...(n.types as string[])].sort() }));
  // Edges have no id of their own to order by (only claims do): compared as sorted lines.
  const sortedEdges = edges.map((e) => stable({ ...e, types: [...(e.types as string[])].sort() })).sort();
  return { nodes: sortedNodes, edges: sortedEdges };
}

async function openStore(dataDir: string): Promise<{ db: Db; embedded: EmbeddedNeo4j; close(): Promise<void> }> {
  const embedded = await startEmbedded({
    storeDir: path.join(dataDir, 'neo4j'),
    boltPort: await getPort({ host: '127.0.0.1' }),
    heap: '512m',
    pageCache: '64m',
    timeoutMs: 600_000,
  });
  // A store just opened on a busy machine answers its first reads slowly: minutes, not the API's 15 s.
  const store = new DbClass(createDriver(embedded.uri, undefined), undefined, 300_000);
  return {
    db: store,
    embedded,
    close: async () => {
      await store.close();
      await embedded.stop();
    },
  };
}

const expectRefused = (run: CliRun, message: RegExp) => {
  expect(run.code, run.stdout + run.stderr).not.toBe(0);
  expect(run.stderr).toMatch(message);
};

beforeAll(async () => {
  db = await testDb();
  await deleteSynth(db);
});
afterAll(async () => {
  await deleteSynth(db);
});

describe('npm run synth -- --offline', () => {
  it('builds the graph the online path writes (same nodes, labels, properties and types, same edges), with the schema; refuses the store while Neo4j runs on it and once it holds data', async () => {
    await synthesize(db, COUNTS, { seed: SEED });
    const online = await synthGraph(db);
    await deleteSynth(db);
    expect(online.nodes.length).toBe(COUNTS.actors + COUNTS.organizations + COUNTS.issues + COUNTS.events + COUNTS.sources);

    const dataDir = await tempDir('offline');
    const built = await synthOffline(dataDir);
    expect(built.code, built.stdout + built.stderr).toBe(0);
    expect(built.stdout).toMatch(/relationships\/s in the importer/);
    expect(leftovers(dataDir)).toEqual([]);

    const store = await openStore(dataDir);
    try {
      const offline = await synthGraph(store.db);
      expect(offline.nodes).toEqual(online.nodes);
      expect(offline.edges).toEqual(online.edges);
      // The schema was applied once the database started: the constraints hold, the indexes serve.
      const constraints = await store.db.read({ name: 'test/constraints', text: 'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names' });
      expect(constraints[0]!.names).toEqual(expect.arrayContaining(['entity_id', 'holds_stance_id']));
      const indexes = await store.db.read({ name: 'test/indexes', text: "SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN count(*) AS n" });
      expect(indexes[0]!.n).toBe(0);

      // While Neo4j runs on the store (it holds the store lock), the importer is refused and writes nothing.
      const countAll = { name: 'test/count', text: 'MATCH (n) RETURN count(n) AS n' };
      const [before] = await store.db.read(countAll);
      const running = await synthOffline(dataDir);
      expectRefused(running, /Neo4j runs on the store .* \(pid \d+,/);
      const [after] = await store.db.read(countAll);
      expect(after!.n).toBe(before!.n);
    } finally {
      await store.close();
    }

    // Stopped, it still holds a database: the importer never writes beside data.
    const again = await synthOffline(dataDir);
    expectRefused(again, /is not empty .* never writes beside data/);
    expect(leftovers(dataDir)).toEqual([]);
  }, SLOW);

  it('refuses --claims that is not a positive integer or too large for the disk, writing nothing', async () => {
    const dataDir = await tempDir('offline-claims');
    expectRefused(await synthOffline(dataDir, ['--claims', 'many']), /--claims must be a positive integer, got "many"/);
    expectRefused(await synthOffline(dataDir, ['--claims', '0']), /--claims must be a positive integer, got "0"/);
    expectRefused(await synthOffline(dataDir, ['--claims', '900000000000000']), /--claims 900000000000000 is too large for the disk: the graph needs about [\d.]+ GiB .* GiB free\. Nothing was written/);
    expect(holdsDatabase(dataDir)).toBe(false);
    expect(leftovers(dataDir)).toEqual([]);
  }, SLOW);
});

describe('npm run import (a user\'s own CSV)', () => {
  const write = async (dir: string, name: string, lines: string[]) => {
    const file = path.join(dir, name);
    await writeFile(file, `${lines.join('\n')}\n`);
    return file;
  };
  const goodNodes = ['id:ID,name,:LABEL,date:date', 'ann,Ann Example,Actor,', 'tariffs,Trade tariffs,Issue,', 'summit,A summit,Event,2026-02-11'];
  const goodEdges = [':START_ID,:END_ID,:TYPE,id,stance,asOf:date,sources:string[]', 'ann,tariffs,HOLDS_STANCE,claim-1,SUPPORTS,2026-02-01,src-a;src-b'];

  it('refuses a file missing a column, a row missing a field, and a bad date, naming file and line; nothing is written', async () => {
    const dataDir = await tempDir('import-bad');
    const nodes = await write(dataDir, 'nodes.csv', goodNodes);
    const noEnd = await write(dataDir, 'no-end.csv', [':START_ID,:TYPE,id', 'ann,HOLDS_STANCE,claim-1']);
    expectRefused(await importCli(dataDir, ['--nodes', nodes, '--relationships', noEnd]), /no-end\.csv line 1: the header lacks the column :END_ID that relationships files need/);

    const shortRow = await write(dataDir, 'short.csv', [...goodNodes.slice(0, 2), 'tariffs,Trade tariffs']);
    expectRefused(await importCli(dataDir, ['--nodes', shortRow]), /short\.csv line 3: 2 fields where the header has 4/);

    const badDate = await write(dataDir, 'bad-date.csv', [goodEdges[0]!, 'ann,tariffs,HOLDS_STANCE,claim-1,SUPPORTS,2026-02-30,src-a']);
    expectRefused(await importCli(dataDir, ['--nodes', nodes, '--relationships', badDate]), /bad-date\.csv line 2, column asOf:date: "2026-02-30" is not a date \(YYYY-MM-DD\)/);

    expect(holdsDatabase(dataDir)).toBe(false);
    expect(leftovers(dataDir)).toEqual([]);
  }, SLOW);

  it('imports good files with the Entity label, typed properties and the schema', async () => {
    const dataDir = await tempDir('import-good');
    const nodes = await write(dataDir, 'nodes.csv', goodNodes);
    const edges = await write(dataDir, 'edges.csv', goodEdges);
    const run = await importCli(dataDir, ['--nodes', nodes, '--relationships', edges]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/3 nodes, 1 relationships/);
    const store = await openStore(dataDir);
    try {
      const [claim] = await store.db.read({
        name: 'test/imported-claim',
        text: `MATCH (a:Actor:Entity {id: 'ann'})-[r:HOLDS_STANCE]->(i:Issue:Entity)
          RETURN r.id AS id, r.stance AS stance, valueType(r.asOf) AS asOfType, toString(r.asOf) AS asOf, r.sources AS sources, i.id AS issue`,
      });
      expect(claim).toEqual({ id: 'claim-1', stance: 'SUPPORTS', asOfType: 'DATE NOT NULL', asOf: '2026-02-01', sources: ['src-a', 'src-b'], issue: 'tariffs' });
      const [ann] = await store.db.read({ name: 'test/imported-actor', text: "MATCH (n {id: 'ann'}) RETURN keys(n) AS keys" });
      expect((ann!.keys as string[]).sort()).toEqual(['id', 'name']); // the empty date left unset
      const constraints = await store.db.read({ name: 'test/constraints', text: 'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names' });
      expect(constraints[0]!.names).toEqual(expect.arrayContaining(['entity_id']));
    } finally {
      await store.close();
    }
  }, SLOW);
});
