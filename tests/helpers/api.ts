import assert from 'node:assert/strict';
import type { ApolloServer } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { afterAll } from 'vitest';
import { createContext, type Context } from '../../src/api/request/context.js';
import { createApolloServer } from '../../src/api/server/server.js';
import { type Config, loadConfig } from '../../src/config.js';
import type { Db } from '../../src/graph/db.js';
import { testDb } from './neo4j.js';

/** What a test reads from a response: data, errors, and the round-trip count outside production. */
export interface Result<D = any> extends FormattedExecutionResult<D> {
  /** extensions.stancegraph.roundTrips, when the server reports it. */
  roundTrips?: number;
  /** extensions.stancegraph.queries: how many Cypher queries the request sent. */
  queries?: number;
  /** The codes of the errors, in order. */
  codes: string[];
}

/** Configuration for API tests: test mode, loopback, a free port when listening. */
export function apiConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0' }), ...overrides };
}

export interface Api {
  db: Db;
  config: Config;
  server: ApolloServer<Context>;
  /** Runs one operation in process, with a fresh context as the HTTP integration would make. */
  run<D = any>(query: string, variables?: Record<string, unknown>, operationName?: string): Promise<Result<D>>;
}

/** Runs one operation on `server` with `contextValue`; fails the test on an incremental response. */
export async function execute<D = any>(
  server: ApolloServer<Context>,
  contextValue: Context,
  query: string,
  variables?: Record<string, unknown>,
  operationName?: string,
): Promise<Result<D>> {
  const response = await server.executeOperation<D>({ query, variables, operationName }, { contextValue });
  assert.equal(response.body.kind, 'single');
  const result = response.body.singleResult as FormattedExecutionResult<D>;
  const stancegraph = result.extensions?.stancegraph as { roundTrips?: number; queries?: number } | undefined;
  return {
    ...result,
    roundTrips: stancegraph?.roundTrips,
    queries: stancegraph?.queries,
    codes: (result.errors ?? []).map((e) => String(e.extensions?.code)),
  };
}

/**
 * An in-process API over the run's seeded Neo4j (tests/globalSetup.ts), stopped after the
 * file's tests.
 */
export async function inProcessApi(overrides: Partial<Config> = {}, db?: Db): Promise<Api> {
  const database = db ?? (await testDb());
  const config = apiConfig(overrides);
  const server = createApolloServer({ config });
  await server.start();
  afterAll(() => server.stop());
  return {
    db: database,
    config,
    server,
    run: (query, variables, operationName) =>
      execute(server, createContext({ db: database, config }), query, variables, operationName),
  };
}

/** Fails with the errors when a result has any, so a test's first failure says why. */
export function ok<D>(result: Result<D>): D {
  assert.deepEqual(result.errors ?? [], [], JSON.stringify(result.errors, null, 2));
  assert.ok(result.data);
  return result.data as D;
}
