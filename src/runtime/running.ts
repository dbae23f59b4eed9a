import type { Config } from '../config.js';
import { ErrorCode, StancegraphError } from '../errors.js';
import { runningEmbedded } from './embedded.js';

/** A database some other process serves, as the analysts' tools reach it. */
export interface RunningDatabase {
  uri: string;
  username?: string;
  password?: string;
  database?: string;
}

/**
 * The database the analysts' tools talk to: NEO4J_URI when set, otherwise the embedded one
 * that `npm start` or `npm run neo4j` runs on this store (found through its listen.json).
 * The tools never start a database of their own: an analyst's query should not silently
 * get a fresh JVM that dies with the command.
 */
export function runningDatabase(config: Config): RunningDatabase {
  if (config.external) return config.external;
  const running = runningEmbedded(config.embedded.storeDir);
  if (running) return { uri: running.uri };
  throw new StancegraphError(
    ErrorCode.DATABASE_UNAVAILABLE,
    `No Neo4j is running on ${config.embedded.storeDir}. Start one in another terminal with \`npm run neo4j\` ` +
      '(the database alone) or `npm start` (the API and its database), or set NEO4J_URI to a running Neo4j.',
  );
}
