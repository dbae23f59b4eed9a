import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import getPort from 'get-port';

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
