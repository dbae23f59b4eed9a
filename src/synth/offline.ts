/**
 * `npm run synth -- --offline`: the synthetic graph built into an empty store by Neo4j's
 * offline importer (src/runtime/adminImport.ts) instead of through transactions: CSV files
 * from the same rows as the online path (csv.ts), the import, then the schema and indexes
 * (cypher/schema.cypher) once the database starts on the new store. The online path
 * (write.ts) stays the way to write beside existing data.
 */
import { statfsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { badInput } from '../errors.js';
import { applySchema } from '../graph/constraints.js';
import { Db } from '../graph/db.js';
import { importFull, offlineRefusal } from '../runtime/adminImport.js';
import { createDriver, waitForBolt } from '../runtime/connect.js';
import { startEmbedded } from '../runtime/embedded.js';
import { DEFAULT_SEED, type SynthCounts } from './ids.js';
import { writeSynthCsv } from './csv.js';
import { resolveCounts } from './write.js';

export interface OfflineOptions {
  /** The embedded store to build (config.embedded.storeDir); must hold no database. */
  storeDir: string;
  /** Where Neo4j listens while the schema is applied (config.embedded.boltPort). */
  boltPort: number;
  heap: string;
  pageCache: string;
  startupTimeoutMs: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface OfflineReport {
  counts: SynthCounts;
  seed: number;
  nodes: number;
  relationships: number;
  /** Writing the CSV files. */
  csvSeconds: number;
  /** The importer's own time ("IMPORT DONE in"), and its JVM from start to exit. */
  importSeconds: number;
  importerJvmSeconds: number;
  /** Starting Neo4j on the new store, the schema, and waiting for its indexes to come online. */
  schemaSeconds: number;
  /** All of it, from the first CSV line to the indexes online. */
  seconds: number;
  /** Relationships per second of the importer's own time. */
  relationshipsPerSecond: number;
}

/**
 * Bytes a graph of these counts needs on disk while it is built, generously: its CSV files
 * (about 250 bytes a claim, less for the rest) and the store with its indexes (measured
 * near 700 bytes a claim, 1M claims: see docs/benchmarks-scale.md), doubled for headroom.
 */
export function diskNeeded(counts: SynthCounts): number {
  const edgesBeside = counts.actors * 4 + counts.events * 9 + counts.organizations * 2 + counts.issues * 3;
  const nodes = counts.actors + counts.organizations + counts.issues + counts.events + counts.sources;
  return 2 * (counts.claims * 950 + edgesBeside * 250 + nodes * 600);
}

const GIB = 1024 ** 3;

/** Refuses counts whose graph would not fit the free space where `dir` lives. */
export function checkDisk(counts: SynthCounts, dir: string): void {
  let probe = path.resolve(dir);
  // The store may not exist yet: ask the nearest folder that does.
  for (;;) {
    try {
      const fs = statfsSync(probe);
      const free = fs.bavail * fs.bsize;
      const need = diskNeeded(counts);
      if (need > free) {
        throw badInput(
          `--claims ${counts.claims} is too large for the disk: the graph needs about ${(need / GIB).toFixed(1)} GiB while it is built, ` +
            `and ${probe} has ${(free / GIB).toFixed(1)} GiB free. Nothing was written.`,
        );
      }
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || path.dirname(probe) === probe) throw e;
      probe = path.dirname(probe);
    }
  }
}

const seconds = (since: number) => Math.round((performance.now() - since) / 1000 * 1000) / 1000;

/** Builds the synthetic graph into an empty store with the offline importer, then its schema. */
export async function synthesizeOffline(partial: Partial<SynthCounts>, opts: OfflineOptions): Promise<OfflineReport> {
  const counts = resolveCounts(partial);
  const seed = opts.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(seed) || seed < 0) throw badInput(`seed must be a non-negative integer, got ${JSON.stringify(seed)}`);
  const log = opts.log ?? (() => {});
  // Every refusal before the first byte: a store in use or not empty, a disk too small.
  const refusal = offlineRefusal(opts.storeDir);
  if (refusal) throw badInput(refusal);
  checkDisk(counts, opts.storeDir);

  const started = performance.now();
  const parent = path.dirname(path.resolve(opts.storeDir));
  await mkdir(parent, { recursive: true });
  const csvDir = await mkdtemp(path.join(parent, '.synth-csv-'));
  try {
    const files = await writeSynthCsv(csvDir, counts, seed);
    const csvSeconds = seconds(started);
    log(`CSV files written in ${csvSeconds} s`);
    const imported = await importFull(files, { storeDir: opts.storeDir, heap: opts.heap, log: (line) => log(`  ${line}`) });
    await rm(csvDir, { recursive: true, force: true });
    const schemaStarted = performance.now();
    await applySchemaOn(opts);
    const schemaSeconds = seconds(schemaStarted);
    log(`schema and indexes online in ${schemaSeconds} s`);
    return {
      counts,
      seed,
      nodes: imported.nodes,
      relationships: imported.relationships,
      csvSeconds,
      importSeconds: imported.importSeconds,
      importerJvmSeconds: imported.seconds,
      schemaSeconds,
      seconds: seconds(started),
      relationshipsPerSecond: Math.round(imported.relationships / imported.importSeconds),
    };
  } finally {
    await rm(csvDir, { recursive: true, force: true });
  }
}

/**
 * Starts Neo4j on the new store for the time it takes to apply cypher/schema.cypher and wait
 * for its indexes (the uniqueness constraints check the imported ids as they are created).
 */
export async function applySchemaOn(opts: Pick<OfflineOptions, 'storeDir' | 'boltPort' | 'heap' | 'pageCache' | 'startupTimeoutMs'>): Promise<void> {
  // The first start of a freshly imported store rebuilds its counts and id files: minutes at
  // a million claims on a busy machine, where a normal start takes seconds.
  const timeoutMs = Math.max(opts.startupTimeoutMs, 900_000);
  const embedded = await startEmbedded({ storeDir: opts.storeDir, boltPort: opts.boltPort, heap: opts.heap, pageCache: opts.pageCache, timeoutMs });
  try {
    const driver = createDriver(embedded.uri, undefined);
    const db = new Db(driver, undefined);
    try {
      await waitForBolt(driver, embedded.uri, undefined, timeoutMs);
      // A million claims take longer than a start's minute to index (the full-text index on sources).
      await applySchema(db, undefined, 1800);
    } finally {
      await db.close();
    }
  } finally {
    await embedded.stop();
  }
}
