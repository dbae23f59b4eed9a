import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type Record as Neo4jRecord } from 'neo4j-driver';
import { ErrorCode, StancegraphError } from '../errors.js';
import { logger } from '../logger.js';
import type { CypherQuery } from './cypher.js';
import { toPlain } from './values.js';

/** One result row, keyed by the names in the query's RETURN. */
export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** Runs named queries inside one write transaction. */
export type TxRunner = <R = Row>(query: CypherQuery<R>, params?: Params) => Promise<R[]>;

/**
 * A request's bookmarks (Neo4j's causal consistency): `after`, what the client sent back
 * (X-Stancegraph-Bookmark), makes every read and write of the request see at least that
 * state, on any replica and any cluster member; `written` is what its writes leave, for the
 * client to send next.
 */
export interface Bookmarks {
  readonly after: readonly string[];
  written: string[];
}

/** Tags every transaction, so Neo4j's query log and `SHOW TRANSACTIONS` say what ran it. */
const metadata = (name: string) => ({ app: 'stancegraph', query: name });

/** Neo4j's answers to a bookmark that is malformed, of another database, or of a state it never reaches. */
const BOOKMARK_ERRORS = new Set([
  'Neo.ClientError.Transaction.InvalidBookmark',
  'Neo.ClientError.Transaction.InvalidBookmarkMixture',
  'Neo.TransientError.Transaction.BookmarkTimeout',
]);

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Maps a driver error to the project's codes; the message names the query, never the params. */
export function toStancegraphError(error: unknown, queryName: string): StancegraphError {
  if (error instanceof StancegraphError) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE.has(error.code)) {
      return new StancegraphError(ErrorCode.DATABASE_UNAVAILABLE, 'The database is unavailable; try again shortly', {
        originalError: error,
      });
    }
    if (BOOKMARK_ERRORS.has(error.code)) {
      return new StancegraphError(
        ErrorCode.BAD_USER_INPUT,
        `The bookmark sent (X-Stancegraph-Bookmark) is not one this database can read after (${error.code.split('.').pop()}): send one a mutation of this API returned, or none`,
        { originalError: error, extensions: { http: { status: 400 } } },
      );
    }
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new StancegraphError(ErrorCode.CONSTRAINT_VIOLATION, `${queryName}: ${error.message}`, { originalError: error });
    }
    return new StancegraphError(ErrorCode.DATABASE_ERROR, `Query ${queryName} failed: ${error.code}`, { originalError: error });
  }
  return new StancegraphError(ErrorCode.INTERNAL_SERVER_ERROR, `Query ${queryName} failed`, {
    originalError: error instanceof Error ? error : undefined,
  });
}

/**
 * A record as an object keyed by its columns. Record.toObject walks a generator per record
 * (the driver is compiled for old JavaScript), which on a batch of a thousand rows was a
 * tenth of what a request allocated; reading the fields by position allocates only the row.
 */
function rowOf(record: Neo4jRecord): Row {
  const row: Row = {};
  record.keys.forEach((key, n) => (row[key as string] = record.get(n)));
  return row;
}

async function run<R>(tx: ManagedTransaction, query: CypherQuery<R>, params: Params): Promise<R[]> {
  logger.debug({ query: query.name, params: Object.keys(params) }, 'cypher');
  const result = await tx.run(query.text, params);
  return result.records.map((r) => toPlain(rowOf(r)) as R);
}

/**
 * The one way stancegraph talks to Neo4j: reads in read-mode transactions (a cluster may
 * route them to followers), writes in write transactions, the session closed in `finally`,
 * every transaction tagged with the query's name, and driver errors turned into the
 * project's errors.
 */
export class Db {
  constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
    private readonly timeoutMs = 15_000,
    /** Set on a request's view (withBookmarks); the shared Db has none. */
    readonly bookmarks?: Bookmarks,
  ) {}

  /** This Db for one request: its reads and writes wait for `after`, its writes' bookmarks are kept. */
  withBookmarks(after: readonly string[]): Db {
    return new Db(this.driver, this.database, this.timeoutMs, { after, written: [] });
  }

  private sessionFor(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      // A request's later transactions also follow its earlier writes, so the bookmark it
      // answers with covers all of them.
      ...(this.bookmarks && this.bookmarks.after.length + this.bookmarks.written.length > 0
        ? { bookmarks: [...this.bookmarks.after, ...this.bookmarks.written] }
        : {}),
    });
  }

  /** Runs one read query; temporal values, nodes and relationships in the rows become plain values. */
  read<R = Row>(query: CypherQuery<R>, params: Params = {}): Promise<R[]> {
    return this.autoCommitRead(query, params, (record) => toPlain(record) as R);
  }

  /**
   * Runs one read query whose RETURN holds only plain values (strings, numbers, booleans,
   * lists and maps of them; dates formatted in Cypher), as every `cypher/api/` query does:
   * the rows are used as the driver decodes them, with no walk over every value.
   */
  readPlain<R = Row>(query: CypherQuery<R>, params: Params = {}): Promise<R[]> {
    return this.autoCommitRead(query, params, (record) => record as R);
  }

  /**
   * One read is one auto-commit transaction in a read-mode session: the driver sends RUN
   * and PULL together, where a managed transaction adds a BEGIN and a COMMIT exchange. A
   * request's loaders each make one such read per nesting level, so those exchanges were
   * much of a small request's cost (docs/api.md, "How a request reads"). Auto-commit reads are
   * not retried: a transient failure reaches the client as DATABASE_UNAVAILABLE, to retry.
   */
  private async autoCommitRead<R>(query: CypherQuery<R>, params: Params, shape: (record: Row) => R): Promise<R[]> {
    logger.debug({ query: query.name, params: Object.keys(params) }, 'cypher');
    const session = this.sessionFor('READ');
    try {
      const result = await session.run(query.text, params, { timeout: this.timeoutMs, metadata: metadata(query.name) });
      return result.records.map((r) => shape(rowOf(r)));
    } catch (e) {
      throw toStancegraphError(e, query.name);
    } finally {
      await session.close();
    }
  }

  /** Runs `work` in one write transaction: everything it writes commits together or not at all. */
  async writeTransaction<T>(name: string, work: (run: TxRunner) => Promise<T>): Promise<T> {
    const session = this.sessionFor('WRITE');
    try {
      const result = await session.executeWrite((tx) => work((q, p = {}) => run(tx, q, p)), { metadata: metadata(name) });
      if (this.bookmarks) this.bookmarks.written = session.lastBookmarks();
      return result;
    } catch (e) {
      throw toStancegraphError(e, name);
    } finally {
      await session.close();
    }
  }

  /** Runs one statement in a transaction of its own: schema statements cannot share one. */
  async writeStatement(name: string, text: string, params: Params = {}): Promise<void> {
    await this.writeTransaction(name, (runInTx) => runInTx({ name, text }, params));
  }

  /** Whether Neo4j answers now; used by /ready. */
  async ping(): Promise<boolean> {
    try {
      await this.driver.getServerInfo({ database: this.database });
      return true;
    } catch (e) {
      logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'Neo4j did not answer the readiness check');
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
