// The API over real HTTP: startHttpServer on a free port, requests with fetch.
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { bodyLimit, startHttpServer } from '../../src/api/http/http.js';
import { Db } from '../../src/graph/db.js';
import { logger } from '../../src/logger.js';
import getPort from 'get-port';
import { apiConfig } from '../helpers/api.js';
import { testDb } from '../helpers/neo4j.js';

const db = await testDb();
const server = await startHttpServer({ db, config: apiConfig() });
afterAll(() => server.stop());
const base = server.url.replace(/\/graphql$/, '');

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('HTTP', () => {
  it('reports its real port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    expect(server.url).not.toContain(':0/');
  });

  it('GET /health says the process is up; GET /ready that Neo4j answers', async () => {
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
  });

  it('answers a POST with data and the round-trip count, with CORS headers', async () => {
    const response = await post(server.url, { query: `{ actor(id: "donald-trump") { name } }` }, { origin: 'http://example.test' });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toEqual({
      data: { actor: { name: 'Donald Trump' } },
      extensions: { stancegraph: { roundTrips: 1, queries: 1 } },
    });
  });

  it('answers a GET query (with the CSRF-safe header)', async () => {
    const query = encodeURIComponent(`{ source(id: "reuters-iran-diplomacy-2026-02") { publisher } }`);
    const response = await fetch(`${server.url}?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect((await response.json()).data).toEqual({ source: { publisher: 'ST, from Reuters' } });
  });

  it('gives errors their codes over HTTP too, with a 400 for a document it cannot run', async () => {
    const bad = await post(server.url, { query: `{ actors(first: 101) { totalCount } }` });
    expect((await bad.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const invalid = await post(server.url, { query: `{ nope }` });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const tooMany = await post(server.url, { query: `{ ${Array.from({ length: 2_100 }, () => '__typename').join(' ')} }` });
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const batch = await post(server.url, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(batch.status).toBe(400);
  });

  it('answers a body that is not JSON with a JSON error and a code, not an HTML page', async () => {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ __typename }"' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await response.json();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(body.errors[0].message).toContain('not valid JSON');
    expect(JSON.stringify(body)).not.toContain('    at '); // no stack trace
  });

  it('answers a body over the limit (room for an article at the ingest\'s limit) with a JSON error and a code', async () => {
    const limit = bodyLimit(apiConfig());
    const response = await post(server.url, { query: '{ __typename }', variables: { padding: 'x'.repeat(limit + 1) } });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await response.json();
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(body.errors[0].message).toContain(`${limit} bytes`);
  });

  it('serves GraphiQL with the example operations outside production, loading nothing from elsewhere', async () => {
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('YogaGraphiQL.renderYogaGraphiQL');
    expect(html).toContain('CompareTrumpAndNetanyahu');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="(https?:)?\/\//);
  });
});

describe('HTTP in production', () => {
  it('serves the production landing page and no round-trip extension', async () => {
    const prod = await startHttpServer({ db, config: apiConfig({ env: 'production' }) });
    try {
      const html = await (await fetch(prod.url, { headers: { accept: 'text/html' } })).text();
      expect(html).not.toContain('CompareTrumpAndNetanyahu');
      const body = await (await post(prod.url, { query: `{ actor(id: "donald-trump") { name } }` })).json();
      expect(body).toEqual({ data: { actor: { name: 'Donald Trump' } } });
    } finally {
      await prod.stop();
    }
  });
});

describe('HTTP without Neo4j', () => {
  it('/ready answers 503 and queries DATABASE_UNAVAILABLE while /health stays 200', async () => {
    const driver = neo4j.driver(`bolt://127.0.0.1:${await getPort({ host: '127.0.0.1' })}`, undefined, {
      disableLosslessIntegers: true,
      connectionTimeout: 1_000,
      maxTransactionRetryTime: 200,
      logging: { level: 'error', logger: () => {} },
    });
    const down = new Db(driver, undefined, 2_000);
    const http = await startHttpServer({ db: down, config: apiConfig() });
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => undefined);
    const root = http.url.replace(/\/graphql$/, '');
    try {
      expect((await fetch(`${root}/health`)).status).toBe(200);
      const ready = await fetch(`${root}/ready`);
      expect(ready.status).toBe(503);
      const body = await (await post(http.url, { query: `{ actors { totalCount } }` })).json();
      expect(body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['DATABASE_UNAVAILABLE']);
    } finally {
      warn.mockRestore();
      await http.stop();
      await down.close();
    }
  });

  it('stop() closes the listener', async () => {
    const http = await startHttpServer({ db, config: apiConfig() });
    await http.stop();
    await expect(fetch(http.url.replace(/\/graphql$/, '/health'))).rejects.toThrow();
  });
});
