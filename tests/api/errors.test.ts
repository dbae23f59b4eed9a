// Every error a client can get carries an extensions.code from src/errors.ts, with a message
// that names what was wrong; internals never reach a client in production.
import neo4j from 'neo4j-driver';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createContext } from '../../src/api/request/context.js';
import { SettlingLoader } from '../../src/api/loaders/batch.js';
import { ErrorCode } from '../../src/errors.js';
import { Db } from '../../src/graph/db.js';
import { logger } from '../../src/logger.js';
import getPort from 'get-port';
import { execute, inProcessApi } from '../helpers/api.js';
import { testDb } from '../helpers/neo4j.js';

const db = await testDb();
const api = await inProcessApi({}, db);
const production = await inProcessApi({ env: 'production' }, db);

const CODES = new Set<string>(Object.values(ErrorCode));

/** Runs a query expecting exactly one error; returns it. */
async function failing(query: string, variables?: Record<string, unknown>, operationName?: string, on = api) {
  const result = await on.run(query, variables, operationName);
  expect(result.errors ?? [], 'expected one error').toHaveLength(1);
  for (const code of result.codes) expect(CODES.has(code), code).toBe(true);
  return { ...result.errors![0]!, code: result.codes[0], result };
}

describe('BAD_USER_INPUT', () => {
  it.each([
    ['first: 101', `{ actors(first: 101) { totalCount } }`, '101'],
    ['first: -1', `{ stances(first: -1) { totalCount } }`, '-1'],
    ['search first: 500', `{ search(text: "Iran", first: 500) { score } }`, '500'],
    ['a made-up cursor', `{ issues(after: "bm90LWEtY3Vyc29y") { totalCount } }`, 'bm90LWEtY3Vyc29y'],
    ['depth: 4', `{ graph(ids: ["donald-trump"], depth: 4) { truncated } }`, '4'],
    ['depth: -1', `{ graph(ids: ["donald-trump"], depth: -1) { truncated } }`, '-1'],
    ['limit: 501', `{ graph(ids: ["donald-trump"], limit: 501) { truncated } }`, '501'],
    ['no ids', `{ graph(ids: []) { truncated } }`, '0'],
    ['from after to', `{ events(from: "2026-03-01", to: "2026-02-01") { totalCount } }`, '2026-03-01'],
  ])('%s', async (_, query, value) => {
    const error = await failing(query);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(value);
  });

  it('refuses a cursor from another list', async () => {
    const { data } = await api.run(`{ actors(first: 1) { pageInfo { endCursor } } }`);
    const error = await failing(`query($after: String) { events(after: $after) { totalCount } }`, { after: data.actors.pageInfo.endCursor });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.argumentName).toBe('after');
  });

  it('reports variables of the wrong type', async () => {
    const error = await failing(`query($n: Int) { actors(first: $n) { totalCount } }`, { n: 'many' });
    expect(error.code).toBe('BAD_USER_INPUT');
    const date = await failing(`query($d: Date) { events(from: $d) { totalCount } }`, { d: '2026-02-30' });
    expect(date.code).toBe('BAD_USER_INPUT');
  });
});

describe('GraphQL-level errors', () => {
  it('GRAPHQL_VALIDATION_FAILED for unknown fields and bad literals, with suggestions outside production', async () => {
    const unknown = await failing(`{ actor(id: "donald-trump") { nam } }`);
    expect(unknown.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(unknown.message).toContain('Did you mean "name"');
    expect((await failing(`{ search(text: "") { score } }`)).code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await failing(`{ events(from: "February") { totalCount } }`)).code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('hides field suggestions in production', async () => {
    const error = await failing(`{ actor(id: "donald-trump") { nam } }`, undefined, undefined, production);
    expect(error.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).not.toContain('Did you mean');
  });

  it('GRAPHQL_PARSE_FAILED for a document that does not parse', async () => {
    expect((await failing(`{ actor(id: `)).code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('GRAPHQL_VALIDATION_FAILED, not an internal error, for a subscription sent over HTTP or a mutation of the wrong shape', async () => {
    const subscription = await failing(`subscription { graphChanged { txId } }`);
    expect(subscription.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(subscription.message).toContain('WebSocket');
    // Validation comes before credentials: a mutation asking for a field Actor lacks.
    expect((await failing(`mutation { upsertActor(input: { id: "x", name: "X" }) { nam } }`)).code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('BAD_REQUEST for an operation name the document does not have', async () => {
    expect((await failing(`query A { actors { totalCount } }`, undefined, 'B')).code).toBe('BAD_REQUEST');
  });
});

describe('QUERY_TOO_COMPLEX (graphql-armor and the token limit)', () => {
  it('refuses a query nested deeper than 12', async () => {
    const error = await failing(`{ actor(id: "donald-trump") { affiliations { organization { members { actor { affiliations {
      organization { members { actor { affiliations { organization { members { role } } } } } } } } } } } } }`);
    expect(error.code).toBe('QUERY_TOO_COMPLEX');
    expect(error.message).toContain('depth');
  });

  it('refuses too many aliases', async () => {
    const fields = Array.from({ length: 16 }, (_, i) => `a${i}: actor(id: "donald-trump") { id }`).join(' ');
    const error = await failing(`{ ${fields} }`);
    expect(error.code).toBe('QUERY_TOO_COMPLEX');
    expect(error.message).toContain('Aliases');
  });

  it('refuses a query that costs too much', async () => {
    const deep = `issues(first: 100) { totalCount edges { node { id stances { id holder { __typename id name
      ... on Actor { affiliations { role organization { id name members { role actor { id name } } } } } } } } } }`;
    expect((await api.run(`{ ${deep} }`)).errors).toBeUndefined();
    const error = await failing(`{ one: ${deep} two: ${deep} }`);
    expect(error.code).toBe('QUERY_TOO_COMPLEX');
    expect(error.message).toContain('Cost');
  });

  it('refuses a document of too many tokens', async () => {
    const error = await failing(`{ ${Array.from({ length: 2_100 }, () => '__typename').join(' ')} }`);
    expect(error.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('DATABASE_UNAVAILABLE', () => {
  it('is what a query gets when Neo4j does not answer', async () => {
    const port = await getPort({ host: '127.0.0.1' });
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, undefined, {
      disableLosslessIntegers: true,
      connectionTimeout: 1_000,
      maxTransactionRetryTime: 200,
      logging: { level: 'error', logger: () => {} },
    });
    const down = new Db(driver, undefined, 2_000);
    afterAll(() => down.close());
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => undefined);
    const result = await execute(api.server, createContext({ db: down, config: api.config }), `{ actor(id: "donald-trump") { name } }`);
    expect(result.codes).toEqual(['DATABASE_UNAVAILABLE']);
    expect(result.data).toEqual({ actor: null });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('INTERNAL_SERVER_ERROR', () => {
  // What went wrong is logged, not sent; the spy keeps the expected errors out of the test output.
  let log: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    log = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => log.mockRestore());

  const SECRET = 'secret detail: bolt://10.0.0.7:7687 password=hunter2';
  const broken = (on: typeof api) => {
    const context = createContext({ db, config: on.config });
    context.loaders.entity = new SettlingLoader<string, never>(
      async () => {
        throw new TypeError(SECRET);
      },
      { name: 'broken' },
    );
    return context;
  };

  it('in production: a generic message, no stack trace, no round-trip extension', async () => {
    const result = await execute(production.server, broken(production), `{ node(id: "donald-trump") { id } }`);
    expect(result.codes).toEqual(['INTERNAL_SERVER_ERROR']);
    const [error] = result.errors!;
    expect(error!.message).toBe('Internal server error');
    expect(JSON.stringify(result)).not.toContain('hunter2');
    expect(error!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(result.extensions).toBeUndefined();
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR' }), expect.stringContaining('hunter2'));
  });

  it('outside production: the message and stack help whoever develops', async () => {
    const result = await execute(api.server, broken(api), `{ node(id: "donald-trump") { id } }`);
    expect(result.codes).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(result.errors![0]!.message).toContain('secret detail');
    expect(result.errors![0]!.extensions?.stacktrace).toBeDefined();
  });

  it('production still tells users what they got wrong', async () => {
    const error = await failing(`{ actors(first: 101) { totalCount } }`, undefined, undefined, production);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('101');
    expect(error.extensions?.stacktrace).toBeUndefined();
  });
});
