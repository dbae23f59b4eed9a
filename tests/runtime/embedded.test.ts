import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { loadConfig, ROOT } from '../../src/config.js';
import { ErrorCode } from '../../src/errors.js';
import { openNeo4j } from '../../src/runtime/connect.js';
import { type EmbeddedOptions, listenFile, runningEmbedded, startEmbedded } from '../../src/runtime/embedded.js';
import getPort from 'get-port';
import { isAlive, waitForExit } from '../helpers/processes.js';
import { tempDir } from '../helpers/tempDirs.js';

async function options(): Promise<EmbeddedOptions> {
  const dir = await tempDir('runtime');
  return { storeDir: path.join(dir, 'neo4j'), boltPort: await getPort({ host: '127.0.0.1' }), heap: '256m', pageCache: '16m', timeoutMs: 120_000 };
}

async function cypher(uri: string, text: string, params = {}) {
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery(text, params);
    return records.map((r) => r.toObject());
  } finally {
    await driver.close();
  }
}

// Each test starts one or two JVMs: on a loaded two-core machine that takes well over
// vitest's default bound, so these get a wider one (a bound, not a timing assertion).
describe('embedded Neo4j', { timeout: 240_000 }, () => {
  it('keeps data across two start/stop cycles on the same store and leaves no JVM or lock behind', async () => {
    const opts = await options();
    const first = await startEmbedded(opts);
    expect(runningEmbedded(opts.storeDir)).toEqual({ uri: first.uri, pid: first.pid, feed: first.feed });
    await cypher(first.uri, 'CREATE (:Probe {id: $id})', { id: 'survives-restart' });
    await first.stop();
    expect(isAlive(first.pid)).toBe(false);
    expect(existsSync(listenFile(opts.storeDir))).toBe(false);

    const second = await startEmbedded(opts);
    const rows = await cypher(second.uri, 'MATCH (p:Probe) RETURN p.id AS id');
    expect(rows).toEqual([{ id: 'survives-restart' }]);
    await second.stop();
    expect(await second.exited).toBe(0);
  });

  it('says the Bolt port is taken', async () => {
    const opts = await options();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(opts.boltPort, '127.0.0.1', resolve));
    try {
      await expect(startEmbedded(opts)).rejects.toMatchObject({
        code: ErrorCode.STARTUP_FAILED,
        message: expect.stringContaining(`Bolt port 127.0.0.1:${opts.boltPort} is already in use`),
      });
    } finally {
      blocker.close();
    }
  });

  it('reports a JVM that dies before it is ready with its last words', async () => {
    // 16 MB of heap cannot hold Neo4j: the JVM exits on OutOfMemoryError during start-up.
    await expect(startEmbedded({ ...(await options()), heap: '16m' })).rejects.toMatchObject({
      code: ErrorCode.STARTUP_FAILED,
      message: expect.stringMatching(/exited \(code \d+\) before it was ready[\s\S]*OutOfMemoryError/),
    });
  });

  it('says the store is locked when another Neo4j holds it', async () => {
    const opts = await options();
    const holder = await startEmbedded(opts);
    try {
      await expect(startEmbedded({ ...opts, boltPort: await getPort({ host: '127.0.0.1' }) })).rejects.toMatchObject({
        code: ErrorCode.STARTUP_FAILED,
        message: expect.stringContaining('is locked by another Neo4j process'),
      });
      // Through the runtime (npm start, npm run neo4j), the running one is named before Java starts.
      const config = loadConfig({ STANCEGRAPH_DATA_DIR: path.dirname(opts.storeDir), STANCEGRAPH_BOLT_PORT: String(await getPort({ host: '127.0.0.1' })) });
      await expect(openNeo4j(config)).rejects.toMatchObject({
        code: ErrorCode.STARTUP_FAILED,
        message: expect.stringContaining(`Another process (pid ${holder.pid}) already runs Neo4j on ${opts.storeDir}, at ${holder.uri}`),
      });
    } finally {
      await holder.stop();
    }
  });

  it('exits when its parent process is killed', async () => {
    const opts = await options();
    // node itself, not the tsx wrapper, which would leave its own node child alive.
    const parent = spawn(process.execPath, [
      '--import',
      'tsx',
      path.join(ROOT, 'tests', 'fixtures', 'embeddedChild.ts'),
      opts.storeDir,
      String(opts.boltPort),
    ]);
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: parent.stdout }).once('line', resolve);
      parent.once('exit', (code) => reject(new Error(`fixture exited early (${code})`)));
    });
    const { jvmPid } = JSON.parse(line) as { jvmPid: number };
    expect(isAlive(jvmPid)).toBe(true);
    parent.kill('SIGKILL');
    // The JVM sees its stdin close and shuts down; a bounded wait, not a timing goal.
    expect(await waitForExit(jvmPid, 60_000)).toBe(true);
  });
});

describe('an external NEO4J_URI', () => {
  it('that does not answer fails start-up with DATABASE_UNAVAILABLE after a bounded retry', async () => {
    const port = await getPort({ host: '127.0.0.1' });
    const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_STARTUP_TIMEOUT_MS: '1500' });
    await expect(openNeo4j(config)).rejects.toMatchObject({
      code: ErrorCode.DATABASE_UNAVAILABLE,
      message: expect.stringContaining(`Neo4j at bolt://127.0.0.1:${port} did not answer within 1500 ms`),
    });
  });
});

describe('listen.json', () => {
  it('absent or naming a process that is gone: nothing runs; corrupt: a clear error naming the file, not "not running"', async () => {
    const { storeDir } = await options();
    const { mkdir, writeFile } = await import('node:fs/promises');
    await mkdir(storeDir, { recursive: true });
    expect(runningEmbedded(storeDir)).toBeUndefined();
    // A pid far above any pid_max: no such process, so the file is stale.
    await writeFile(listenFile(storeDir), JSON.stringify({ bolt: 'bolt://127.0.0.1:1', pid: 2 ** 30 }));
    expect(runningEmbedded(storeDir)).toBeUndefined();
    await writeFile(listenFile(storeDir), JSON.stringify({ bolt: 'bolt://127.0.0.1:1', pid: process.pid }));
    expect(runningEmbedded(storeDir)).toEqual({ uri: 'bolt://127.0.0.1:1', pid: process.pid });
    await writeFile(listenFile(storeDir), '{"bolt": "bolt://127.0.0.1:1", "pi');
    expect(() => runningEmbedded(storeDir)).toThrow(expect.objectContaining({ code: ErrorCode.STARTUP_FAILED, message: expect.stringContaining(listenFile(storeDir)) }));
  });
});
