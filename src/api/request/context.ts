import type { Config } from '../../config.js';
import { Curation } from '../../curation/index.js';
import type { Db } from '../../graph/db.js';
import { type Credential, NO_CREDENTIAL } from '../http/auth.js';
import { RequestCache } from '../cache/requestCache.js';
import type { LiveGraph } from '../live/liveGraph.js';
import { createLoaders, type Loaders } from '../loaders/index.js';
import { createReads, type Reads } from '../loaders/reads.js';
import { requestRunner, type RequestRunner } from './requestRunner.js';

/** What every resolver gets: the request's loaders and reads, over one runner. */
export interface Context {
  config: Config;
  /** Sends the request's queries and names them (the round trips, reported outside production). */
  runner: RequestRunner;
  loaders: Loaders;
  reads: Reads;
  /** What the request's Authorization header proved (auth.ts). */
  credential: Credential;
  /** The writes behind the mutations, each its own write transaction. */
  curation: Curation;
  /** Changes as they happen (subscriptions, the cross-request cache); absent in tests that need neither. */
  live?: LiveGraph;
  /** The request's view of the cross-request cache, when there is one: what its answer read. */
  cache?: RequestCache;
}

/**
 * Builds a request's context. Called once per request (by the HTTP integration, or by a
 * test before executeOperation), so loader caches never outlive a request and never mix
 * what two clients see. Only the live graph's cache is shared, and the change feed keeps it
 * fresh (src/api/cache/).
 */
export function createContext({
  db,
  config,
  credential = NO_CREDENTIAL,
  live,
}: {
  db: Db;
  config: Config;
  credential?: Credential;
  live?: LiveGraph;
}): Context {
  const runner = requestRunner(db);
  const cache = live?.cache && new RequestCache(live.cache);
  const loaders = createLoaders(runner, cache);
  return { config, runner, loaders, reads: createReads(runner, cache), credential, curation: new Curation(db), live, cache };
}
