/**
 * The graph's schema version against this code's. Replicas of one API share one graph, and a
 * replica of other code must not serve it unawares: each reads the version at start, before
 * applying its schema.
 * - The graph's version is newer than this code's: start-up stops (STARTUP_FAILED), as this
 *   code may misread what newer code writes. Deploy the newer code on this replica.
 * - Older (or none recorded): this replica upgrades the graph (its schema statements are
 *   idempotent), records its version and logs a warning, since replicas still running the
 *   older code should be replaced.
 */
import { ErrorCode, StancegraphError } from '../errors.js';
import { logger } from '../logger.js';
import { cypher } from './cypher.js';
import type { Db } from './db.js';

/** Raised whenever cypher/schema.cypher changes what older code can rely on. 2: API keys and this version. 3: the ingest's Proposal and SourceText. */
export const SCHEMA_VERSION = 3;

const Q = {
  version: cypher<{ version: number }>('schema/version'),
  record: cypher<{ version: number }>('schema/record-version'),
};

/** The graph's recorded version; undefined when none is (an empty graph, or one from before versions were kept). */
export async function graphSchemaVersion(db: Db): Promise<number | undefined> {
  // Read in a write transaction: in a cluster it runs on the leader, which has the latest
  // version; and it has no read timeout, which a first query on a busy, cold JVM can outlast.
  const [row] = await db.writeTransaction('schema/version', (run) => run(Q.version));
  return row?.version;
}

/** Stops start-up when the graph was prepared by newer code than this (`code`, for tests). */
export async function checkSchemaVersion(db: Db, code = SCHEMA_VERSION): Promise<void> {
  const graph = await graphSchemaVersion(db);
  if (graph !== undefined && graph > code) {
    throw new StancegraphError(
      ErrorCode.STARTUP_FAILED,
      `The graph's schema is version ${graph}, newer than this code's (version ${code}): another replica runs newer code. ` +
        'Deploy the same version on this replica; it does not serve a graph it may misread.',
    );
  }
}

/** Records this code's version once its schema is applied, warning when that upgrades the graph. */
export async function recordSchemaVersion(db: Db, code = SCHEMA_VERSION): Promise<void> {
  const before = await graphSchemaVersion(db);
  await db.writeTransaction('schema/record-version', (run) => run(Q.record, { version: code }));
  if (before !== undefined && before < code) {
    logger.warn({ from: before, to: code }, `upgraded the graph's schema from version ${before} to ${code}: replace replicas still running the older code`);
  }
}
