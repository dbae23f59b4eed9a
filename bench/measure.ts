/**
 * Load and what it costs: autocannon drives one question at a time, and the target process's
 * and the Neo4j JVM's CPU time (utime + stime from /proc/<pid>/stat) is read before and after
 * the measured run, so each request's CPU cost is known per process. Linux only for the CPU
 * and memory figures; elsewhere they are left out.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { CacheRun } from './cacheStats.js';

/** Clock ticks per second, the unit of /proc/<pid>/stat times. */
const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time a process has used so far, in ms; undefined when it cannot be read. */
export function cpuMs(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; fields after its closing paren are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
  } catch {
    return undefined;
  }
}

/** Resident memory of a process in MB: now (VmRSS) and its peak so far (VmHWM). */
export function memoryMb(pid: number | undefined): { rss?: number; peak?: number } {
  if (!pid) return {};
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return {};
  }
}

/**
 * The pid of the Neo4j JVM serving Bolt on `port` on this machine, found by its command line:
 * an embedded launcher started with `--port <port>`, or the only Neo4j server running. Several
 * JVMs may run on a shared machine, so anything ambiguous gives undefined rather than a guess.
 */
export function findNeo4jJvm(port: number): number | undefined {
  try {
    const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n').filter((l) => /java/.test(l));
    const launcher = lines.filter((l) => /org\.stancegraph\.neo4j\.Launcher/.test(l) && new RegExp(`--port ${port}(\\s|$)`).test(l));
    const servers = lines.filter((l) => /org\.neo4j\.server|com\.neo4j\.server/.test(l));
    const only = launcher.length === 1 ? launcher : launcher.length === 0 && servers.length === 1 ? servers : [];
    return only[0] ? Number(only[0].trim().split(/\s+/)[0]) : undefined;
  } catch {
    return undefined;
  }
}

export interface Load {
  url: string;
  body: string;
  connections: number;
  warmupS: number;
  durationS: number;
}

export interface Measurement {
  reqPerS: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  /** CPU ms per request of the target process and of the JVM, when their pids are known. */
  targetCpuMsPerReq?: number;
  jvmCpuMsPerReq?: number;
  /** Target RSS after the run and its peak so far, MB. */
  targetRssMb?: number;
  targetPeakMb?: number;
  /** The cross-request cache's figures over the run (the cached targets). */
  cache?: CacheRun;
}

/** Readings taken around the measured run only (not its warm-up), where the CPU is read. */
export interface RunProbe<T> {
  start(): Promise<T>;
  /** When the load stops, before the bench waits for the target and the JVM to be idle. */
  loadDone?(): void;
  end(atStart: T): Promise<Partial<Measurement>>;
}

/**
 * Waits until the target and the JVM are idle (each under a tenth of a core over half a
 * second, at most `maxMs`): when a load run stops, requests already sent keep both busy, and
 * that work must count neither for the next question nor in its CPU per request.
 */
export async function settle(pids: { target?: number; jvm?: number }, maxMs = 60_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  const busy = (a?: number, b?: number) => a !== undefined && b !== undefined && b - a > 50;
  while (Date.now() < deadline) {
    const t0 = cpuMs(pids.target);
    const j0 = cpuMs(pids.jvm);
    await new Promise((r) => setTimeout(r, 500));
    if (!busy(t0, cpuMs(pids.target)) && !busy(j0, cpuMs(pids.jvm))) return;
  }
}

/** Slow answers count as latency, not errors, up to this many seconds (autocannon's default is 10). */
const REQUEST_TIMEOUT_S = 60;

const cannon = (load: Load) => ({
  url: load.url,
  method: 'POST' as const,
  headers: { 'content-type': 'application/json' },
  body: load.body,
  connections: load.connections,
  timeout: REQUEST_TIMEOUT_S,
});

/** Load for `warmupS` with nothing measured (the bench's warm-up round). */
export async function warm(load: Load, pids: { target?: number; jvm?: number }): Promise<void> {
  await settle(pids);
  await autocannon({ ...cannon(load), duration: load.warmupS });
}

/** An unmeasured warm-up (a fresh V8 compiles its hot paths first), then the measured run. */
export async function measure<T = undefined>(load: Load, pids: { target?: number; jvm?: number }, probe?: RunProbe<T>): Promise<Measurement> {
  const options = cannon(load);
  await warm(load, pids);
  await settle(pids);
  const probed = await probe?.start();
  const before = { target: cpuMs(pids.target), jvm: cpuMs(pids.jvm) };
  const result = await autocannon({ ...options, duration: load.durationS });
  probe?.loadDone?.();
  // Requests still in flight when the run stopped are finished (and their CPU counted) first.
  await settle(pids);
  const after = { target: cpuMs(pids.target), jvm: cpuMs(pids.jvm) };
  const extra = probe ? await probe.end(probed as T) : {};
  const requests = result.requests.total;
  const perReq = (a?: number, b?: number) => (a === undefined || b === undefined || requests === 0 ? undefined : (b - a) / requests);
  const mem = memoryMb(pids.target);
  return {
    // Completed requests over the run's length: autocannon's per-second average rounds a slow question's
    // 0.4 req/s down to 0.
    reqPerS: result.duration > 0 ? requests / result.duration : result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests,
    errors: result.errors + result.timeouts + result.non2xx,
    targetCpuMsPerReq: perReq(before.target, after.target),
    jvmCpuMsPerReq: perReq(before.jvm, after.jvm),
    targetRssMb: mem.rss,
    targetPeakMb: mem.peak,
    ...extra,
  };
}
