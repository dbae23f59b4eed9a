import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/graph/db.js';
import { runSeedCli } from '../helpers/cli.js';
import { type GraphSnapshot, graphSnapshot } from '../helpers/graph.js';
import { testDb, testNeo4jEnv } from '../helpers/neo4j.js';
import { copySeeds } from '../helpers/seedDirs.js';

// `npm run seed` end to end, as a child process pointed at the run's Neo4j with NEO4J_URI.
const seedCli = (args: string[]) => runSeedCli(args, testNeo4jEnv());

let db: Db;
let before: GraphSnapshot;
beforeAll(async () => {
  db = await testDb();
  before = await graphSnapshot(db);
});

describe('npm run seed', () => {
  it('rejects a broken directory with a non-zero exit, naming the file and path, and writes nothing', async () => {
    const dir = await copySeeds([{ file: 'stances.yaml', from: 'holder: bezalel-smotrich', to: 'holder: bezalel-smotrch' }]);
    const { code, stdout, stderr } = await seedCli(['--dir', dir, '--reset']);
    expect(code).not.toBe(0);
    expect(stderr).toContain('SEED_INVALID');
    expect(stderr).toMatch(/stances\.yaml:\d+: stances\[\d+\]\.holder = "bezalel-smotrch"/);
    expect(stdout).toBe('');
    expect(await graphSnapshot(db)).toEqual(before);
  });

  it('rejects an unknown flag with its usage', async () => {
    const { code, stderr } = await seedCli(['--rest']);
    expect(code).not.toBe(0);
    expect(stderr).toContain("Unknown option '--rest'");
    expect(stderr).toContain('usage: npm run seed');
  });

  it('seeds the project seeds, printing the counts, and leaves the seeded graph as it was', async () => {
    const { code, stdout, stderr } = await seedCli(['--reset']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Seeded .* from 8 files in seeds in \d+ ms, after deleting \d+ nodes:$/m);
    expect(stdout).toContain(`Actor ${before.labels.Actor}`);
    expect(stdout).toContain(`HOLDS_STANCE ${before.types.HOLDS_STANCE}`);
    expect(await graphSnapshot(db)).toEqual(before);
  });
});
