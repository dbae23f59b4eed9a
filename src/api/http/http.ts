import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { Config } from '../../config.js';
import { loadCypher } from '../../graph/cypher.js';
import type { Db } from '../../graph/db.js';
import { createAuthenticator } from './auth.js';
import { bodyErrors } from './bodyErrors.js';
import { BOOKMARK_HEADER, parseBookmarks } from '../server/bookmarks.js';
import { mountCacheStats } from './cacheStats.js';
import { createContext } from '../request/context.js';
import { LiveGraph } from '../live/liveGraph.js';
import { serveSubscriptions } from '../live/wsServer.js';
import { createApolloServer, createSchema } from '../server/server.js';
import { mountSurfaces } from '../surfaces/index.js';

export interface HttpServer {
  /** Where the GraphQL endpoint listens, with the real port (config.http.port may be 0). */
  url: string;
  /** Stops taking requests, lets those in flight finish, closes the listener. */
  stop(): Promise<void>;
}

/**
 * Serves the API over HTTP: POST/GET /graphql (and the playground on GET outside
 * production), subscriptions over WebSocket on the same path, GET /health (the process is
 * up) and GET /ready (Neo4j answers). `live` carries the change feed, the subscriptions' hub
 * and the cross-request cache; one without a feed is made when absent.
 */
/**
 * The largest request body /graphql reads, in bytes: 100 kB, or more when the ingest's size
 * limit needs it, as an ingestArticle carries a whole article: one at STANCEGRAPH_INGEST_MAX_BYTES,
 * written out as JSON (escaped quotes and line breaks), beside the operation. With the
 * default 200 kB article limit it is 316,416 bytes.
 */
export const bodyLimit = (config: Config): number => Math.max(100 * 1024, Math.ceil(1.5 * config.ingest.maxBytes) + 16 * 1024);

export async function startHttpServer({ db, config, live }: { db: Db; config: Config; live?: LiveGraph }): Promise<HttpServer> {
  await loadCypher();
  const liveGraph = live ?? new LiveGraph({ db, cacheBytes: 0, keysTtlMs: config.keysTtlMs });
  const app = express();
  const httpServer = createServer(app);
  const schema = createSchema();
  const apollo = createApolloServer({ config, httpServer, schema });
  const authenticate = createAuthenticator(config.auth, () => liveGraph.keys.keys());
  await apollo.start();
  const subscriptions = serveSubscriptions({ httpServer, schema, config, db, live: liveGraph });

  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const ready = await db.ping();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unavailable' });
  });
  mountSurfaces(app, config);
  mountCacheStats(app, liveGraph);
  app.use(
    '/graphql',
    // Browsers let a page read the bookmark header only when it is exposed.
    cors({ exposedHeaders: [BOOKMARK_HEADER] }),
    express.json({ limit: bodyLimit(config) }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext({
          db,
          config,
          credential: await authenticate(req.headers.authorization),
          live: liveGraph,
          after: parseBookmarks(req.headers[BOOKMARK_HEADER.toLowerCase()]),
        }),
    }),
    bodyErrors,
  );

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.http.port, config.http.host, () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (e) {
    await subscriptions.stop();
    await apollo.stop();
    throw e;
  }
  const { port } = httpServer.address() as AddressInfo;
  const host = ['0.0.0.0', '::'].includes(config.http.host) ? 'localhost' : config.http.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/graphql`;
  return {
    url,
    // WebSockets first: open ones would keep the listener from closing. Then the drain
    // plugin closes the listener and waits for requests in flight.
    async stop() {
      await subscriptions.stop();
      await apollo.stop();
    },
  };
}
