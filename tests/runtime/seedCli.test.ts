import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { type EmbeddedNeo4j, runningEmbedded, startEmbedded } from '../../src/runtime/embedded.js';
import getPort from 'get-port';
import { readSeeds, SEEDS_DIR } from '../../src/seed/index.js';
import { runSeedCli } from '../helpers/cli.js';
import { isAlive } from '../helpers/processes.js';
import { tempDir } from '../helpers/tempDirs.js';

// `npm run seed` with the embedded default (no NEO4J_URI): into a running database when
// there is one on the store, otherwise into one it starts and stops itself.
function seedCli(dataDir: string, boltPort: number, args: string[] = []) {
  return runSeedCli(args, { NEO4J_URI: '', STANCEGRAPH_DATA_DIR: dataDir, STANCEGRAPH_BOLT_PORT: String(boltPort) });
}

async function countActors(uri: string): Promise<number> {
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery('MATCH (a:Actor) RETURN count(a) AS n');
    return records[0]!.get('n') as number;
  } finally {
    await driver.close();
  }
}

let running: EmbeddedNeo4j | undefined;
afterAll(() => running?.stop());

// Starts JVMs: on a loaded two-core machine that takes well over vitest's default bound.
describe('npm run seed with the embedded default', { timeout: 240_000 }, () => {
  it('starts Neo4j for the time it needs when none runs, then writes into the running one', async () => {
    const dataDir = await tempDir('seed-cli');
    const storeDir = path.join(dataDir, 'neo4j');
    const boltPort = await getPort({ host: '127.0.0.1' });
    const actors = (await readSeeds(SEEDS_DIR)).actors.length;

    const alone = await seedCli(dataDir, boltPort);
    expect(alone.stderr).toBe('');
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain(`Seeded bolt://127.0.0.1:${boltPort}`);
    expect(runningEmbedded(storeDir)).toBeUndefined();

    running = await startEmbedded({ storeDir, boltPort, heap: '256m', pageCache: '16m', timeoutMs: 120_000 });
    expect(await countActors(running.uri)).toBe(actors);

    const into = await seedCli(dataDir, await getPort({ host: '127.0.0.1' }), ['--reset']);
    expect(into.stderr).toBe('');
    expect(into.code).toBe(0);
    // The running database's URI, not the port this run was offered: no second JVM started.
    expect(into.stdout).toContain(`Seeded ${running.uri}`);
    expect(isAlive(running.pid)).toBe(true);
    expect(await countActors(running.uri)).toBe(actors);
  });
});
