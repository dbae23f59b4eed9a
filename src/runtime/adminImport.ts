/**
 * Neo4j's own offline importer (`neo4j-admin database import full`), run from the jars the
 * embedded launcher already carries: `org.neo4j:neo4j` 5.26 brings `neo4j-import-tool` (the
 * command) and `neo4j-command-line` (`org.neo4j.cli.AdminTool`, neo4j-admin's entry point),
 * so no other download is needed.
 *
 * The importer writes a new store only, never beside data, and it needs the store closed.
 * It writes into a staging home next to the store; only a finished import is moved into
 * place, so a failing one (a bad CSV, a full disk) leaves the store as it was: empty.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ErrorCode, StancegraphError } from '../errors.js';
import { JVM_FLAGS, runningEmbedded } from './embedded.js';
import { checkJava, javaBinary } from './java.js';
import { ensureLauncherBuilt, launcherClasspath } from './launcherBuild.js';

/** The database the embedded launcher serves (Neo4j's default). */
const DATABASE = 'neo4j';
/** What separates the items of a list column (`aliases:string[]`) in the CSV files. */
export const ARRAY_DELIMITER = ';';

export interface ImportFiles {
  /** Node files; `labels` are added to every node of the file (the project's `Entity`). */
  nodes: Array<{ file: string; labels?: string[] }>;
  relationships: string[];
}

export interface ImportOptions {
  /** The embedded store (config.embedded.storeDir): the launcher's `--home`. */
  storeDir: string;
  /** The importer JVM's heap, e.g. "512m"; its off-heap memory is bounded too. */
  heap: string;
  log?: (line: string) => void;
}

export interface ImportResult {
  nodes: number;
  relationships: number;
  properties: number;
  /** The importer's own wall time ("IMPORT DONE in ..."), without the JVM's start. */
  importSeconds: number;
  /** From spawning the JVM to the store moved into place. */
  seconds: number;
}

/** The folders of the default database inside a store home. */
const databaseDirs = (home: string) => [path.join(home, 'data', 'databases', DATABASE), path.join(home, 'data', 'transactions', DATABASE)];

/**
 * Why the importer may not write this store, or undefined when it may: a Neo4j serving it
 * (the launcher's listen.json names a live process), or a database already in it.
 */
export function offlineRefusal(storeDir: string): string | undefined {
  const running = runningEmbedded(storeDir);
  if (running) {
    return (
      `Neo4j runs on the store ${storeDir} (pid ${running.pid}, ${running.uri}) and holds its lock; the offline importer needs the store closed. ` +
      'Stop it (the `npm run neo4j` or `npm start` using it) first, or write beside the data online with `npm run synth` (without --offline).'
    );
  }
  const existing = databaseDirs(storeDir).find((dir) => existsSync(dir) && readdirSync(dir).length > 0);
  if (existing) {
    return (
      `The store ${storeDir} is not empty (${existing} exists); the offline importer builds a new store only and never writes beside data. ` +
      'Write beside it online with `npm run synth` (without --offline), or set STANCEGRAPH_DATA_DIR to an empty directory.'
    );
  }
  return undefined;
}

const number = (text: string | undefined) => Number((text ?? '0').replace(/[^\d]/g, ''));

/** "4s 718ms", "1m 2s 3ms", "850ms" as the importer prints durations, in seconds. */
export function importerDuration(text: string): number {
  let s = 0;
  for (const [, n, unit] of text.matchAll(/(\d+)(ms|h|m|s)\b/g)) {
    s += Number(n) * { h: 3600, m: 60, s: 1, ms: 0.001 }[unit as 'h' | 'm' | 's' | 'ms'];
  }
  return Math.round(s * 1000) / 1000;
}

/**
 * Runs `neo4j-admin database import full` into a staging home beside `storeDir`, then moves
 * the new database into the store. Throws, with the importer's own last lines and nothing
 * written, when the store is not empty or in use, or when the importer rejects the input.
 * Strict: a relationship naming an unknown node, a duplicate id, a bad value all fail it.
 */
export async function importFull(files: ImportFiles, opts: ImportOptions): Promise<ImportResult> {
  const refusal = offlineRefusal(opts.storeDir);
  if (refusal) throw new StancegraphError(ErrorCode.BAD_USER_INPUT, refusal);
  const java = javaBinary();
  checkJava(java);
  await ensureLauncherBuilt();

  const parent = path.dirname(path.resolve(opts.storeDir));
  await mkdir(parent, { recursive: true });
  // Same file system as the store, so moving the result into place is a rename.
  const staging = await mkdtemp(path.join(parent, '.import-'));
  try {
    const conf = path.join(staging, 'conf');
    await mkdir(conf);
    await writeFile(path.join(conf, 'neo4j.conf'), '');
    const args = [
      ...JVM_FLAGS.filter((f) => !f.startsWith('-XX:MaxDirectMemorySize')),
      `-Xmx${opts.heap}`,
      '-cp',
      launcherClasspath(),
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      DATABASE,
      ...files.nodes.map(({ file, labels }) => `--nodes=${labels?.length ? `${labels.join(':')}=` : ''}${path.resolve(file)}`),
      ...files.relationships.map((file) => `--relationships=${path.resolve(file)}`),
      `--array-delimiter=${ARRAY_DELIMITER}`,
      '--id-type=string',
      '--strict=true',
      '--bad-tolerance=0',
      '--skip-bad-relationships=false',
      '--skip-duplicate-nodes=false',
      '--high-parallel-io=on',
      // Off-heap caches default to most of the machine's free memory; this one is shared.
      '--max-off-heap-memory=1g',
      `--report-file=${path.join(staging, 'import.report')}`,
    ];
    const started = performance.now();
    const output = await runImporter(java, args, { ...process.env, NEO4J_HOME: staging, NEO4J_CONF: conf }, opts.log);
    const done = /IMPORT DONE in ([^.\n]+)/.exec(output.text);
    if (output.code !== 0 || !done) {
      throw new StancegraphError(
        ErrorCode.BAD_USER_INPUT,
        `The offline import failed (neo4j-admin exited ${output.code}); nothing was written to ${opts.storeDir}. The importer's last lines:\n${output.tail()}`,
      );
    }
    // Checked again: a Neo4j may have started on the store while the importer ran.
    const late = offlineRefusal(opts.storeDir);
    if (late) throw new StancegraphError(ErrorCode.BAD_USER_INPUT, late);
    const [fromDb, fromTx] = databaseDirs(staging);
    const [toDb, toTx] = databaseDirs(opts.storeDir);
    await mkdir(path.dirname(toDb!), { recursive: true });
    await mkdir(path.dirname(toTx!), { recursive: true });
    await rm(toDb!, { recursive: true, force: true }); // an empty folder at most (checked above)
    await rm(toTx!, { recursive: true, force: true });
    await rename(fromDb!, toDb!);
    await rename(fromTx!, toTx!);
    return {
      nodes: number(/([\d,]+) nodes/.exec(output.text)?.[1]),
      relationships: number(/([\d,]+) relationships/.exec(output.text)?.[1]),
      properties: number(/([\d,]+) properties/.exec(output.text)?.[1]),
      importSeconds: importerDuration(done[1]!),
      seconds: Math.round((performance.now() - started) / 1000 * 1000) / 1000,
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Runs the importer JVM; keeps its whole output (it is short) and forwards its phase lines. */
function runImporter(java: string, args: string[], env: NodeJS.ProcessEnv, log?: (line: string) => void) {
  return new Promise<{ code: number | null; text: string; tail: () => string }>((resolve, reject) => {
    const child = spawn(java, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    const take = (line: string) => {
      text += `${line}\n`;
      // The progress dots are noise; the phase names and the summary are worth a line each.
      if (log && /^(\(\d\/\d\)|IMPORT DONE|Imported|Peak memory|\s+\d[\d,]* (nodes|relationships|properties))/.test(line)) log(line.trim());
    };
    createInterface({ input: child.stdout }).on('line', take);
    createInterface({ input: child.stderr }).on('line', take);
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        text,
        tail: () =>
          text
            .split('\n')
            .filter((l) => l.trim() && !/^[-. ]*\.{5}/.test(l) && !/^\s+at /.test(l))
            .slice(-12)
            .join('\n'),
      }),
    );
  });
}
