import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type HttpServer, startHttpServer } from '../../src/api/http/http.js';
import { loadConfig } from '../../src/config.js';
import { ErrorCode } from '../../src/errors.js';
import { Db } from '../../src/graph/db.js';
import { createDriver } from '../../src/runtime/connect.js';
import { type EmbeddedNeo4j, startEmbedded } from '../../src/runtime/embedded.js';
import getPort from 'get-port';
import { tempDir } from '../helpers/tempDirs.js';

const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function graphql(url: string, query: string) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await response.json()) as { data?: unknown; errors?: Array<{ extensions: { code: string } }> };
}

// Starts JVMs: on a loaded two-core machine that takes well over vitest's default bound.
describe('a running server whose Neo4j goes away', { timeout: 240_000 }, () => {
  it('answers DATABASE_UNAVAILABLE and fails /ready, then recovers by itself when Neo4j is back', async () => {
    const dir = await tempDir('recovery');
    const opts = { storeDir: path.join(dir, 'neo4j'), boltPort: await getPort({ host: '127.0.0.1' }), heap: '256m', pageCache: '16m', timeoutMs: 120_000 };
    let database: EmbeddedNeo4j = await startEmbedded(opts);
    cleanups.push(() => database.stop());

    const db = new Db(createDriver(database.uri, undefined), undefined);
    cleanups.push(() => db.close());
    const http: HttpServer = await startHttpServer({ db, config: loadConfig({ NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0' }) });
    cleanups.push(() => http.stop());
    const ready = new URL('/ready', http.url).toString();
    const query = '{ actors(first: 1) { totalCount } }';

    expect((await fetch(ready)).status).toBe(200);
    expect((await graphql(http.url, query)).errors).toBeUndefined();

    await database.stop();
    expect((await fetch(ready)).status).toBe(503);
    expect((await graphql(http.url, query)).errors?.map((e) => e.extensions.code)).toEqual([ErrorCode.DATABASE_UNAVAILABLE]);

    database = await startEmbedded(opts);
    expect((await fetch(ready)).status).toBe(200);
    expect((await graphql(http.url, query)).errors).toBeUndefined();
  });
});
