// npm start survives a kill -9 of its embedded Neo4j: the API stays up, answers
// DATABASE_UNAVAILABLE and fails /ready while the JVM is started again, recovers by itself,
// and every mutation that got a success answer, before or after, is in the graph.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import getPort from 'get-port';
import { sha256 } from '../../src/api/auth.js';
import { ROOT } from '../../src/config.js';
import { runningEmbedded } from '../../src/runtime/embedded.js';
import { KEYS } from '../helpers/curation.js';
import { embeddedApiEnv, logLine, waitForExit } from '../helpers/processes.js';
import { tempDir } from '../helpers/tempDirs.js';

let child: ChildProcess | undefined;
afterAll(async () => {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child!.once('exit', r));
  child.kill('SIGTERM');
  await exited;
});

describe('npm start when its Neo4j is killed', { timeout: 600_000 }, () => {
  it('keeps answering, restarts Neo4j, and loses no acknowledged mutation', async () => {
    const dataDir = await tempDir('killed');
    const port = await getPort({ host: '127.0.0.1' });
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: await embeddedApiEnv(dataDir, port, {
        STANCEGRAPH_API_KEYS: `test-curator:curator:${sha256(KEYS.curator)}`,
        NEO4J_STARTUP_TIMEOUT_MS: '300000',
      }),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    await logLine(child, /stancegraph ready at/);
    const base = `http://127.0.0.1:${port}`;
    const storeDir = path.join(dataDir, 'neo4j');

    const send = async (i: number) => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${KEYS.curator}` },
        body: JSON.stringify({ query: `mutation { upsertSource(input: { id: "test-killed-${i}", title: "Write ${i}" }) { id } }` }),
      });
      const body = (await response.json()) as { data?: { upsertSource?: { id: string } }; errors?: Array<{ extensions: { code: string } }> };
      return { ok: body.data?.upsertSource?.id === `test-killed-${i}`, codes: (body.errors ?? []).map((e) => e.extensions.code) };
    };

    const acknowledged: string[] = [];
    const codes = new Set<string>();
    const readiness = new Set<number>();
    let killed: number | undefined;
    let okAfterOutage = 0;
    for (let i = 0; okAfterOutage < 5; i += 1) {
      const r = await send(i);
      if (r.ok) acknowledged.push(`test-killed-${i}`);
      for (const c of r.codes) codes.add(c);
      if (killed !== undefined) {
        readiness.add((await fetch(`${base}/ready`)).status);
        if (r.ok && codes.size) okAfterOutage += 1;
      }
      if (killed === undefined && acknowledged.length === 5) {
        killed = runningEmbedded(storeDir)!.pid;
        process.kill(killed, 'SIGKILL');
        expect(await waitForExit(killed, 30_000)).toBe(true);
      }
      if (codes.size === 0 && killed !== undefined && i > 10_000) throw new Error('no request ever failed after the kill');
      if (!r.ok) await new Promise((res) => setTimeout(res, 250));
    }

    expect(child.exitCode).toBeNull();
    expect([...codes]).toEqual(['DATABASE_UNAVAILABLE']);
    expect(readiness).toContain(503);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    expect(runningEmbedded(storeDir)!.pid).not.toBe(killed);

    const query = `query($ids: [ID!]!) { graph(ids: $ids, depth: 0, limit: 500) { nodes { id } } }`;
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { ids: acknowledged.slice(0, 50) } }),
    });
    const found = ((await response.json()) as { data: { graph: { nodes: Array<{ id: string }> } } }).data.graph.nodes.map((n) => n.id);
    expect(acknowledged.length).toBeGreaterThanOrEqual(10);
    expect(found.sort()).toEqual(acknowledged.slice(0, 50).sort());
  });
});
