import neo4j from 'neo4j-driver';
import { afterAll, inject } from 'vitest';
import { loadCypher } from '../../src/graph/cypher.js';
import { Db } from '../../src/graph/db.js';
import { createDriver } from '../../src/runtime/connect.js';

/** Where the run's Neo4j listens; provided by tests/globalSetup.ts. */
export interface TestNeo4j {
  uri: string;
  username?: string;
  password?: string;
  database?: string;
  /** The change feed's host:port; absent over a Neo4j the tests did not start (NEO4J_URI). */
  feed?: string;
  /** STANCEGRAPH_DATA_DIR of the embedded one (its store, listen.json); absent over NEO4J_URI. */
  dataDir?: string;
}

/**
 * A Db on the run's real Neo4j (seeded with seeds/), closed after the file's tests. Loads
 * the Cypher files the importing modules declared.
 */
export async function testDb(): Promise<Db> {
  const { uri, username, password, database } = inject('neo4j');
  const auth = password === undefined ? undefined : neo4j.auth.basic(username ?? 'neo4j', password);
  const db = new Db(createDriver(uri, auth), database);
  afterAll(() => db.close());
  await loadCypher();
  return db;
}

/** The environment that points a child process (a CLI under test) at the run's Neo4j. */
export function testNeo4jEnv(): NodeJS.ProcessEnv {
  const { uri, username, password, database } = inject('neo4j');
  const env: NodeJS.ProcessEnv = { NEO4J_URI: uri };
  if (username !== undefined) env.NEO4J_USERNAME = username;
  if (password !== undefined) env.NEO4J_PASSWORD = password;
  if (database !== undefined) env.NEO4J_DATABASE = database;
  return env;
}

/**
 * The environment that makes a started API (`dist/main.js`) use the run's embedded Neo4j, as
 * `npm start` uses a running `npm run neo4j` on its store: no JVM of its own, and the change
 * feed found in the store's listen.json.
 */
export function testStoreEnv(): NodeJS.ProcessEnv {
  const { dataDir } = inject('neo4j');
  if (!dataDir) throw new Error('These tests need the embedded Neo4j and its change feed: run them without NEO4J_URI');
  return { ...testNeo4jEnv(), STANCEGRAPH_DATA_DIR: dataDir };
}
