/**
 * How one GraphQL request reaches Neo4j: every loader and root read of the request runs its
 * queries through one runner, which keeps account of them. The account makes batching
 * visible: outside production the response reports it (plugins.ts), and tests assert it.
 */
import type { CypherQuery } from '../../graph/cypher.js';
import type { Db, Params } from '../../graph/db.js';

/** What loaders and root reads need: run a named read query whose rows are plain values. */
export interface QueryRunner {
  read<R>(query: CypherQuery<R>, params?: Params): Promise<R[]>;
}

/** One request's runner. */
export interface RequestRunner extends QueryRunner {
  /** The name of every query the request sent, in the order sent. */
  readonly sent: readonly string[];
  /**
   * How many round trips the request waited through, one after another: a query sent before
   * any other answered is in the first; one sent after an answer of round trip n is in round
   * trip n + 1 at the latest. Queries of one level (an event's attendees and its issues, say)
   * go out together and share a round trip.
   */
  readonly roundTrips: number;
}

/**
 * A runner for one request. Each read is its own auto-commit read transaction (Db.readPlain):
 * the reads of one level go out together, and none waits on another.
 */
export function requestRunner(db: Db): RequestRunner {
  const sent: string[] = [];
  // The latest round trip that has answered, and the deepest one sent.
  let answered = 0;
  let deepest = 0;
  return {
    sent,
    get roundTrips() {
      return deepest;
    },
    async read(query, params) {
      sent.push(query.name);
      const trip = answered + 1;
      deepest = Math.max(deepest, trip);
      try {
        return await db.readPlain(query, params);
      } finally {
        answered = Math.max(answered, trip);
      }
    },
  };
}
