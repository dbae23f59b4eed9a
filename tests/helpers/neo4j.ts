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
