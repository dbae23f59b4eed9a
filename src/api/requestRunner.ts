/**
 * How one GraphQL request reaches Neo4j: every loader and root read of the request runs its
 * queries through one runner, which names what it sent. The names make batching visible:
 * outside production the response reports how many queries ran (plugins.ts), and tests
 * assert which ones.
 */
import type { CypherQuery } from '../graph/cypher.js';
import type { Db, Params } from '../graph/db.js';

/** What loaders and root reads need: run a named read query whose rows are plain values. */
export interface QueryRunner {
  read<R>(query: CypherQuery<R>, params?: Params): Promise<R[]>;
}

/** One request's runner. */
export interface RequestRunner extends QueryRunner {
  /** The name of every query the request sent, in the order sent: one per round trip. */
  readonly sent: readonly string[];
}

/**
 * A runner for one request. Each read is its own auto-commit read transaction (Db.readPlain):
 * the reads of one nesting level go out together, and none waits on another request's.
 */
export function requestRunner(db: Db): RequestRunner {
  const sent: string[] = [];
  return {
    sent,
    read(query, params) {
      sent.push(query.name);
      return db.readPlain(query, params);
    },
  };
}
