import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ErrorCode, StancegraphError } from '../errors.js';
import { logger } from '../logger.js';
import { checkJava, javaBinary } from './java.js';
import { newerStoreAdvice } from './storeVersion.js';
import { ensureLauncherBuilt, launcherClasspath } from './launcherBuild.js';

export interface EmbeddedOptions {
  storeDir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  timeoutMs: number;
  /** A folder whose jars join the classpath, as a server's plugins/ (default: the feed plugin's jar). */
  plugins?: string;
  /** A neo4j.conf to load, as a server reads its own (default: one naming the feed's address). */
  conf?: string;
}

export interface EmbeddedNeo4j {
  readonly uri: string;
  readonly pid: number;
  readonly storeDir: string;
  /** host:port of the change feed plugin (src/feed/); undefined when the plugin is not loaded. */
  readonly feed: string | undefined;
  /** Resolves with the JVM's exit code when it ends, for whatever reason. */
  readonly exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL if Neo4j has not shut down within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

// Neo4j reaches into JDK internals (direct buffers, file channels); Java 17 refuses that
// unless the modules are opened, the same list Neo4j's own launcher passes.
export const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:MaxDirectMemorySize=128m',
];

/** The file the launcher writes next to its store while Bolt listens. */
export const listenFile = (storeDir: string) => path.join(storeDir, 'listen.json');

/**
 * The Bolt URI of a live embedded Neo4j on this store, if the launcher says one is running.
 * No file, or a file naming a process that has gone (a launcher killed before it could
 * remove it), means none is running. A file that cannot be read or parsed is not taken for
 * "not running": starting a second Neo4j on a store another one may hold would fail later
 * and less clearly, so it stops here with the file's name.
 */
export function runningEmbedded(storeDir: string): { uri: string; pid: number; feed?: string } | undefined {
  const file = listenFile(storeDir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StancegraphError(ErrorCode.STARTUP_FAILED, `Cannot read ${file}: ${(e as Error).message}`, { originalError: e as Error });
  }
  let listen: { bolt?: unknown; pid?: unknown; feed?: unknown };
  try {
    listen = JSON.parse(text) as typeof listen;
  } catch {
    listen = {}; // reported below with what was expected
  }
  const pid = Number(listen.pid);
  if (typeof listen.bolt !== 'string' || !Number.isInteger(pid) || pid <= 0) {
    throw new StancegraphError(
      ErrorCode.STARTUP_FAILED,
      `${file} is not what the launcher writes (expected {"bolt": "bolt://...", "pid": ...}); if no Neo4j runs on this store, delete the file`,
    );
  }
  try {
    process.kill(pid, 0); // signal 0 only checks that the process exists
  } catch (e) {
    // ESRCH: the process is gone, the file is stale. EPERM: it exists, owned by someone else.
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return undefined;
  }
  // A launcher built before the change feed writes no `feed`.
  return { uri: listen.bolt, pid, ...(typeof listen.feed === 'string' ? { feed: listen.feed } : {}) };
}

function tailOfLog(storeDir: string, lines = 15): string {
  try {
    const text = readFileSync(path.join(storeDir, 'logs', 'debug.log'), 'utf8');
    return text.trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no debug.log was written)';
  }
}

/**
 * Starts Neo4j Community in a child JVM and resolves once Bolt accepts connections. The JVM
 * watches its stdin, so it exits when this process goes away, even by SIGKILL.
 */
export async function startEmbedded(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const java = javaBinary();
  checkJava(java);
  await ensureLauncherBuilt();
  await mkdir(opts.storeDir, { recursive: true });

  const args = [
    ...JVM_FLAGS,
    `-Xms${opts.heap}`,
    `-Xmx${opts.heap}`,
    '-cp',
    launcherClasspath(opts.plugins),
    'org.stancegraph.neo4j.Launcher',
    '--home', opts.storeDir,
    '--host', '127.0.0.1',
    '--port', String(opts.boltPort),
    '--pagecache', opts.pageCache,
    ...(opts.conf ? ['--conf', opts.conf] : []),
  ];
  // A process group of its own: a Ctrl-C or a kill of `npm start`'s group reaches this
  // process, which stops the API first and then the JVM, rather than the JVM stopping under
  // an API still serving. The stdin watch still ends the JVM if this process dies.
  const child = spawn(java, args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  // The JVM's own words (stderr, and what HotSpot prints on stdout, such as an OutOfMemoryError)
  // for the message when it dies before it is ready.
  const output: string[] = [];
  const keep = (lines: string[]) => {
    output.push(...lines.filter(Boolean));
    if (output.length > 50) output.splice(0, output.length - 50);
  };
  child.stderr!.on('data', (chunk: Buffer) => keep(chunk.toString().split('\n')));
  // 'close' rather than 'exit': it comes after stderr is drained, so a dying JVM's last words are kept.
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  // Stop the JVM along with us if we exit without calling stop() (the stdin watch covers SIGKILL).
  const onExit = () => child.kill('SIGKILL');
  process.on('exit', onExit);
  void exited.then(() => process.off('exit', onExit));

  const { uri, feed } = await waitForReady(child, exited, opts, output, keep);
  logger.info({ uri, feed, pid: child.pid, store: opts.storeDir }, 'embedded Neo4j ready');
  return {
    uri,
    feed,
    pid: child.pid!,
    storeDir: opts.storeDir,
    exited,
    stop: (graceMs = 20_000) => stopChild(child, exited, graceMs),
  };
}

function waitForReady(
  child: ChildProcess,
  exited: Promise<number | null>,
  opts: EmbeddedOptions,
  output: string[],
  keep: (lines: string[]) => void,
): Promise<{ uri: string; feed: string | undefined }> {
  return new Promise((resolve, reject) => {
    const fail = (message: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      // A store of a newer Neo4j shows only in Neo4j's own words: say what to do first.
      const advice = newerStoreAdvice(opts.storeDir, message);
      reject(new StancegraphError(ErrorCode.STARTUP_FAILED, advice ? `${advice}\n${message}` : message));
    };
    const timer = setTimeout(
      () => fail(`Embedded Neo4j did not become ready within ${opts.timeoutMs} ms. Last lines of its log:\n${tailOfLog(opts.storeDir)}`),
      opts.timeoutMs,
    );
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let event: { event?: string; bolt?: string; feed?: string | null; message?: string };
      try {
        event = JSON.parse(line);
      } catch {
        keep([line]);
        logger.debug({ line }, 'neo4j stdout');
        return;
      }
      if (event.event === 'ready' && event.bolt) {
        clearTimeout(timer);
        resolve({ uri: event.bolt, feed: event.feed ?? undefined });
      } else if (event.event === 'warning') {
        logger.warn({ message: event.message }, 'embedded Neo4j');
      } else if (event.event === 'error') {
        fail(`${event.message}. Last lines of Neo4j's log (${path.join(opts.storeDir, 'logs', 'debug.log')}):\n${tailOfLog(opts.storeDir)}`);
      }
    });
    void exited.then((code) =>
      fail(
        `Embedded Neo4j exited (code ${code}) before it was ready. Its last output:\n${output.slice(-15).join('\n') || '(none)'}\n` +
          `Last lines of Neo4j's log:\n${tailOfLog(opts.storeDir)}`,
      ),
    );
  });
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    logger.warn({ pid: child.pid }, `embedded Neo4j still running ${graceMs} ms after SIGTERM; killing it`);
    child.kill('SIGKILL');
  }, graceMs);
  await exited;
  clearTimeout(timer);
}
