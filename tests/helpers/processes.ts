import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import getPort from 'get-port';
import { ROOT } from '../../src/config.js';

/** Whether a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls until the process is gone; false if it is still there after `withinMs`. */
export async function waitForExit(pid: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/** Resolves with the first log line that matches, from the process's stderr (pino JSON lines). */
export function logLine(proc: ChildProcess, pattern: RegExp): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: proc.stderr! });
    const seen: string[] = [];
    lines.on('line', (line) => {
      seen.push(line);
      if (pattern.test(line)) resolve(JSON.parse(line));
    });
    proc.once('exit', (code) => reject(new Error(`exited (${code}) before logging ${pattern}:\n${seen.slice(-10).join('\n')}`)));
  });
}

/**
 * The environment of an API started the README's way in a test: its own embedded Neo4j on
 * `dataDir` and free ports, info logs on stderr; `extra` adds or overrides variables.
 */
export async function embeddedApiEnv(dataDir: string, port: number, extra: NodeJS.ProcessEnv = {}): Promise<NodeJS.ProcessEnv> {
  return {
    ...process.env,
    NEO4J_URI: '',
    NODE_ENV: 'development',
    LOG_LEVEL: 'info',
    PORT: String(port),
    HOST: '127.0.0.1',
    STANCEGRAPH_DATA_DIR: dataDir,
    STANCEGRAPH_BOLT_PORT: String(await getPort({ host: '127.0.0.1' })),
    ...extra,
  };
}

/** An API started as `npm start` starts it (`dist/main.js`, built by tests/globalSetup.ts), in a child process. */
export interface StartedApi {
  child: ChildProcess;
  /** http://127.0.0.1:PORT */
  base: string;
  /** The subscribers open now, from GET /cache-stats. */
  subscribers(): Promise<number>;
  /** SIGTERM, then waits for the process to exit. */
  stop(): Promise<void>;
}

/**
 * Starts the API with `env` (see embeddedApiEnv) and `nodeArgs`, and resolves once it is ready and, when
 * `feed` is set, its change feed is connected (both logged; listened for from the start so
 * neither line is missed).
 */
export async function startApi(env: NodeJS.ProcessEnv, { feed = true, nodeArgs = [] }: { feed?: boolean; nodeArgs?: string[] } = {}): Promise<StartedApi> {
  const child = spawn(process.execPath, [...nodeArgs, 'dist/main.js'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const waits = [logLine(child, /stancegraph ready at/), ...(feed ? [logLine(child, /change feed connected/)] : [])];
  const base = `http://127.0.0.1:${env.PORT}`;
  const api: StartedApi = {
    child,
    base,
    subscribers: async () => ((await (await fetch(`${base}/cache-stats`)).json()) as { subscribers: number }).subscribers,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
  try {
    await Promise.all(waits);
  } catch (e) {
    await api.stop();
    throw e;
  }
  return api;
}
