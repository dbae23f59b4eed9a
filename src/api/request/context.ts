import type { Config } from '../../config.js';
import { Curation } from '../../curation/index.js';
import type { Bookmarks, Db } from '../../graph/db.js';
import { type Credential, NO_CREDENTIAL } from '../http/auth.js';
import { RequestCache } from '../cache/requestCache.js';
import type { LiveGraph } from '../live/liveGraph.js';
import { createLoaders, type Loaders } from '../loaders/index.js';
import { createReads, type Reads } from '../loaders/reads.js';
import { Ingest } from '../../ingest/store.js';
import { Review } from '../../ingest/review.js';
import { createDraftLoaders, type DraftLoaders } from '../loaders/drafts.js';
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
  /** The ingest: articles in, drafts stored (src/ingest/store.ts). */
  ingest: Ingest;
  /** The review of drafts: accept, reject (src/ingest/review.ts). */
  review: Review;
  /** The review queue's loaders, made per request like the others. */
  drafts: DraftLoaders;
  /** Changes as they happen (subscriptions, the cross-request cache); absent in tests that need neither. */
  live?: LiveGraph;
  /** The request's view of the cross-request cache, when there is one: what its answer read. */
  cache?: RequestCache;
  /** The bookmarks the request sent back, and those its writes left (bookmarks.ts). */
  bookmarks?: Bookmarks;
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
  after = [],
}: {
  db: Db;
  config: Config;
  credential?: Credential;
  live?: LiveGraph;
  /** Bookmarks the client sent back (X-Stancegraph-Bookmark): what the request must read after. */
  after?: readonly string[];
}): Context {
  const requestDb = db.withBookmarks(after);
  const runner = requestRunner(requestDb);
  // A request reading after a bookmark skips the shared cache: the write it waits for may be
  // one this replica's feed has not told of yet.
  const cache = after.length === 0 && live?.cache ? new RequestCache(live.cache) : undefined;
  const loaders = createLoaders(runner, cache);
  const curation = new Curation(requestDb);
  return {
    config,
    runner,
    loaders,
    reads: createReads(runner, cache),
    credential,
    curation,
    ingest: new Ingest(requestDb, curation, config.ingest.maxBytes),
    review: new Review(curation),
    drafts: createDraftLoaders(runner),
    live,
    cache,
    bookmarks: requestDb.bookmarks,
  };
}
