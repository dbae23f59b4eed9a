import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { ErrorCode, StancegraphError } from '../errors.js';
import { logger } from '../logger.js';
import type { CypherQuery } from './cypher.js';
import { toPlain } from './values.js';

/** One result row, keyed by the names in the query's RETURN, with plain values. */
export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** What loaders need: run a named read query. */
export interface QueryRunner {
  read(query: CypherQuery, params?: Params): Promise<Row[]>;
}

/** Runs named queries inside one write transaction. */
export type TxRunner = (query: CypherQuery, params?: Params) => Promise<Row[]>;

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
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new StancegraphError(ErrorCode.CONSTRAINT_VIOLATION, `${queryName}: ${error.message}`, { originalError: error });
    }
    return new StancegraphError(ErrorCode.DATABASE_ERROR, `Query ${queryName} failed: ${error.code}`, { originalError: error });
  }
  return new StancegraphError(ErrorCode.INTERNAL_SERVER_ERROR, `Query ${queryName} failed`, {
    originalError: error instanceof Error ? error : undefined,
  });
}

async function run(tx: ManagedTransaction, query: CypherQuery, params: Params): Promise<Row[]> {
  logger.debug({ query: query.name, params: Object.keys(params) }, 'cypher');
  const result = await tx.run(query.text, params);
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

/**
 * The one way stancegraph talks to Neo4j: reads in read transactions (a cluster may route
 * them to followers), writes in write transactions, the session closed in `finally`, and
 * driver errors turned into the project's errors.
 */
export class Db implements QueryRunner {
  constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
    private readonly timeoutMs = 15_000,
  ) {}

  async read(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead((tx) => run(tx, query, params), { timeout: this.timeoutMs });
    } catch (e) {
      throw toStancegraphError(e, query.name);
    } finally {
      await session.close();
    }
  }

  /** Runs `work` in one write transaction: everything it writes commits together or not at all. */
  async writeTransaction<T>(name: string, work: (run: TxRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work((q, p = {}) => run(tx, q, p)));
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
    } catch {
      return false;
    }
  }

  /** A runner for one GraphQL request that counts its round trips. */
  counting(): QueryRunner & { readonly roundTrips: number } {
    let roundTrips = 0;
    return {
      read: (query, params) => {
        roundTrips += 1;
        return this.read(query, params);
      },
      get roundTrips() {
        return roundTrips;
      },
    };
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
