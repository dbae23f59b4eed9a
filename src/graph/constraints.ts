import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../config.js';
import { statements } from './cypher.js';
import type { Db } from './db.js';
import { checkSchemaVersion, recordSchemaVersion } from './schemaVersion.js';

/**
 * Applies `cypher/schema.cypher`; safe to run at every start. First checks the graph's
 * schema version (schemaVersion.ts): a graph prepared by newer code stops start-up here,
 * before anything is written. Waits up to `awaitSeconds` for the indexes to come online (a
 * freshly imported large store needs longer than a start).
 */
export async function applySchema(db: Db, file = path.join(ROOT, 'cypher', 'schema.cypher'), awaitSeconds = 60): Promise<void> {
  await checkSchemaVersion(db);
  const text = await readFile(file, 'utf8');
  // One transaction for every statement: Neo4j then populates the new indexes in one job over
  // the store, not one job (and one scan of every claim) an index; on a freshly imported store
  // of a million claims that took the indexes from 92 s to 33 s (docs/benchmarks-scale.md).
  // It also means a statement that fails (a uniqueness constraint over duplicate ids) leaves
  // none of the others behind.
  await db.writeTransaction('schema.cypher', async (run) => {
    for (const [i, statement] of statements(text).entries()) await run({ name: `schema.cypher#${i + 1}`, text: statement });
  });
  // Full-text and range indexes populate in the background; queries must not race them.
  await db.writeStatement('schema.cypher#await', 'CALL db.awaitIndexes($seconds)', { seconds: awaitSeconds });
  await recordSchemaVersion(db);
}
