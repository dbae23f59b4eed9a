import neo4j, { type AuthToken, type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { ErrorCode, StancegraphError } from '../errors.js';
import { Db } from '../graph/db.js';
import { logger } from '../logger.js';
import { type EmbeddedNeo4j, runningEmbedded, startEmbedded } from './embedded.js';

/** A connected database, and the JVM behind it when this process started one. */
export interface Neo4jHandle {
  readonly db: Db;
  readonly uri: string;
  readonly embedded?: EmbeddedNeo4j;
  /**
   * Where the change feed of this database listens now (host:port), when the project started
   * the database (here, or in `npm run neo4j` on the same store); absent over any other Neo4j,
   * which has no feed. A function, as a restarted `npm run neo4j` listens on a new port.
   */
  readonly feed?: () => string | undefined;
  /** Closes the driver, then stops the JVM if this process started it. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Use an embedded Neo4j another process already runs on this store (the seed CLI does). */
  reuseRunning?: boolean;
}

/** A driver with stancegraph's settings: plain numbers for integers, bounded waits. */
export function createDriver(uri: string, auth: AuthToken | undefined): Driver {
  return neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    // Requests fail fast with DATABASE_UNAVAILABLE rather than hang while Neo4j is away.
    maxTransactionRetryTime: 3_000,
    notificationFilter: { minimumSeverityLevel: 'OFF' },
    logging: { level: 'warn', logger: (level, message) => logger[level === 'error' ? 'error' : 'warn']({ driver: true }, message) },
  });
}

/** Retries the driver's connectivity check with backoff until it answers or the time is up. */
export async function waitForBolt(driver: Driver, uri: string, database: string | undefined, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let delay = 100;
  for (;;) {
    try {
      await driver.verifyConnectivity({ database });
      return;
    } catch (e) {
      if (Date.now() + delay > deadline) {
        throw new StancegraphError(
          ErrorCode.DATABASE_UNAVAILABLE,
          `Neo4j at ${uri} did not answer within ${timeoutMs} ms: ${(e as Error).message}. ` +
            'Check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD, and that the server is running.',
        );
      }
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 2_000);
    }
  }
}

/**
 * Connects to the Neo4j the configuration names: the external one when NEO4J_URI is set
 * (no Java is started then), otherwise the embedded one, started here unless `reuseRunning`
 * finds one already serving this store.
 */
export async function openNeo4j(config: Config, opts: OpenOptions = {}): Promise<Neo4jHandle> {
  if (config.external) {
    const { uri, username, password, database } = config.external;
    const auth = password === undefined ? undefined : neo4j.auth.basic(username, password);
    // NEO4J_URI naming the `npm run neo4j` of this store: the project started it, so its feed is there.
    const storeDir = config.embedded.storeDir;
    const ours = feedOf(storeDir, uri) !== undefined ? () => feedOf(storeDir, uri) : undefined;
    return connect(uri, auth, database, config, undefined, ours);
  }
  const running = runningEmbedded(config.embedded.storeDir);
  if (running && opts.reuseRunning) {
    logger.info({ uri: running.uri, pid: running.pid }, 'using the embedded Neo4j already running on this store');
    const storeDir = config.embedded.storeDir;
    return connect(running.uri, undefined, undefined, config, undefined, () => feedOf(storeDir, running.uri));
  }
  if (running) {
    throw new StancegraphError(
      ErrorCode.STARTUP_FAILED,
      `Another process (pid ${running.pid}) already runs Neo4j on ${config.embedded.storeDir}, at ${running.uri}. ` +
        `Stop it, set STANCEGRAPH_DATA_DIR to use another store, or set NEO4J_URI=${running.uri} to use that database.`,
    );
  }
  const embedded = await startEmbedded({ ...config.embedded, timeoutMs: config.startupTimeoutMs });
  try {
    return await connect(embedded.uri, undefined, undefined, config, embedded, () => embedded.feed);
  } catch (e) {
    await embedded.stop();
    throw e;
  }
}

/** The feed of the launcher serving `uri` on this store now, read from its listen.json. */
function feedOf(storeDir: string, uri: string): string | undefined {
  try {
    const running = runningEmbedded(storeDir);
    return running?.uri === uri ? running.feed : undefined;
  } catch {
    return undefined; // an unreadable listen.json: no feed, as over any other Neo4j
  }
}

async function connect(
  uri: string,
  auth: AuthToken | undefined,
  database: string | undefined,
  config: Config,
  embedded: EmbeddedNeo4j | undefined,
  feed?: () => string | undefined,
): Promise<Neo4jHandle> {
  const driver = createDriver(uri, auth);
  try {
    await waitForBolt(driver, uri, database, config.startupTimeoutMs);
  } catch (e) {
    await driver.close();
    throw e;
  }
  const db = new Db(driver, database, config.queryTimeoutMs);
  return {
    db,
    uri,
    embedded,
    feed,
    async close() {
      await db.close();
      await embedded?.stop();
    },
  };
}
