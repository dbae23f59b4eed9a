import { applySchema } from '../graph/constraints.js';
import type { Db } from '../graph/db.js';
import { isGraphEmpty, type SeedReport, seedGraph } from './write.js';

/**
 * Readies a database for the API: the schema (idempotent), then the seeds in `dir` when the
 * graph holds nothing yet. Returns what was seeded, if anything.
 */
export async function prepareGraph(db: Db, dir: string): Promise<SeedReport | undefined> {
  await applySchema(db);
  return (await isGraphEmpty(db)) ? seedGraph(db, dir) : undefined;
}
