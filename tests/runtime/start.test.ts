import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config.js';
import { runningEmbedded } from '../../src/runtime/embedded.js';
import getPort from 'get-port';
import { embeddedApiEnv, isAlive, logLine } from '../helpers/processes.js';
import { tempDir } from '../helpers/tempDirs.js';

let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill('SIGKILL');
});

/** Starts the README's command itself (a signal sent to npm must reach the server and Neo4j) and waits until it is ready. */
async function startNpm(): Promise<{ proc: ChildProcess; port: number; storeDir: string }> {
  const dataDir = await tempDir('start');
  const port = await getPort({ host: '127.0.0.1' });
  const proc = spawn('npm', ['start'], {
    cwd: ROOT,
    env: await embeddedApiEnv(dataDir, port),
    stdio: ['ignore', 'inherit', 'pipe'],
    // A process group of its own, as a terminal gives it: a test can signal the whole group.
    detached: true,
  });
  child = proc;
  const ready = await logLine(proc, /stancegraph ready at/);
  expect(ready.url).toBe(`http://127.0.0.1:${port}/graphql`);
  return { proc, port, storeDir: path.join(dataDir, 'neo4j') };
}

/**
 * Sends `signal` (to npm, or to its whole process group as a terminal's Ctrl-C or a service
 * manager does) and expects a clean stop: exit code 0, one "stopped" line, the JVM already
 * gone when npm returns, no listen.json.
 */
async function stopsCleanly(proc: ChildProcess, storeDir: string, signal: NodeJS.Signals, { group = false } = {}) {
  const neo4j = runningEmbedded(storeDir);
  expect(neo4j).toBeDefined();
  const stopped = logLine(proc, /"msg":"stopped"/);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.once('exit', (code, sig) => resolve({ code, signal: sig })),
  );
  if (group) process.kill(-proc.pid!, signal);
  else proc.kill(signal);
  expect(await exited).toEqual({ code: 0, signal: null });
  await stopped;
  // The prompt comes back only once Neo4j is down: no JVM outlives npm start, not for a moment.
  expect(isAlive(neo4j!.pid)).toBe(false);
  expect(runningEmbedded(storeDir)).toBeUndefined();
}

// Each test starts a JVM, seeds a store and stops it all: on a loaded two-core machine that
// takes well over vitest's default bound, so these two get a wider one.
describe('npm start', { timeout: 240_000 }, () => {
  it('serves the seeded graph, then stops API and Neo4j on SIGTERM to its process group, returning only once the JVM is gone', async () => {
    const { proc, port, storeDir } = await startNpm();
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ actor(id: "donald-trump") { name stances(issue: "west-bank-annexation") { stance } } }' }),
    });
    const body = (await response.json()) as { data: { actor: { name: string; stances: Array<{ stance: string }> } } };
    expect(body.data.actor.name).toBe('Donald Trump');
    expect(body.data.actor.stances).toContainEqual({ stance: 'OPPOSES' });
    await stopsCleanly(proc, storeDir, 'SIGTERM', { group: true });
  });

  it('stops as cleanly on SIGINT (Ctrl-C): one owner of the signals, not Apollo and main.ts both', async () => {
    const { proc, storeDir } = await startNpm();
    await stopsCleanly(proc, storeDir, 'SIGINT');
  });
});
