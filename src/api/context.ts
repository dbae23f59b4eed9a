import type { Config } from '../config.js';
import type { Db, QueryRunner } from '../graph/db.js';
import { createLoaders, type Loaders } from './loaders/index.js';
import { createReads, type Reads } from './loaders/reads.js';

/** What every resolver gets: the request's loaders and reads, over one round-trip counter. */
export interface Context {
  config: Config;
  /** Counts the Cypher round trips this request made (reported in extensions outside production). */
  runner: QueryRunner & { readonly roundTrips: number };
  loaders: Loaders;
  reads: Reads;
}

/**
 * Builds a request's context. Called once per request (by the HTTP integration, or by a
 * test before executeOperation), so loader caches never outlive a request and never mix
 * what two clients see.
 */
export function createContext({ db, config }: { db: Db; config: Config }): Context {
  const runner = db.counting();
  const loaders = createLoaders(runner);
  return { config, runner, loaders, reads: createReads(runner, loaders) };
}
