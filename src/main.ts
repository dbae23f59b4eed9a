/**
 * `npm start`: Neo4j (embedded unless NEO4J_URI is set), the schema, the seeds when the
 * graph is empty, then the GraphQL API. Ctrl-C or SIGTERM stops the API, then Neo4j.
 */
import { startHttpServer } from './api/http/http.js';
import { LiveGraph } from './api/live/liveGraph.js';
import { runCli } from './cli/runCli.js';
import { loadConfig } from './config.js';
import { loadCypher } from './graph/cypher.js';
import { logger } from './logger.js';
import { openNeo4j } from './runtime/connect.js';
import { startEmbedded } from './runtime/embedded.js';
import { superviseEmbedded } from './runtime/supervise.js';
import { prepareGraph, SEEDS_DIR } from './seed/index.js';

await runCli(async () => {
  const started = Date.now();
  const config = loadConfig();
  // Run through tsx (`node --import tsx src/main.ts`; npm start runs dist/, where they are
  // off), source maps are on for readable stacks; neo4j-driver builds a stack trace for
  // every query result, and mapping it through source maps cost 7% of a loaded server's
  // CPU (a profile under npm run bench, 2026-11-26). Production keeps plain stacks.
  if (config.env === 'production') process.setSourceMapsEnabled(false);
  await loadCypher();
  const neo4j = await openNeo4j(config);
  // A JVM that dies is started again on the same store and port (the driver reconnects to
  // it); the API keeps answering, DATABASE_UNAVAILABLE until it is back.
  const supervisor =
    neo4j.embedded &&
    superviseEmbedded(neo4j.embedded, () =>
      startEmbedded({ ...config.embedded, boltPort: Number(new URL(neo4j.uri).port), timeoutMs: config.startupTimeoutMs }),
    );
  // The feeds named in STANCEGRAPH_FEED_URI (a server's or a cluster's), else the feed of the
  // JVM running now: a restarted one listens on a new port.
  const feed = supervisor ? () => supervisor.current.feed : neo4j.feed;
  const feeds = config.feedUris?.map((address) => () => address);
  const live = new LiveGraph({ db: neo4j.db, feed, feeds, cacheBytes: config.cacheMb * 2 ** 20, keysTtlMs: config.keysTtlMs }).start();
  let http: Awaited<ReturnType<typeof startHttpServer>> | undefined;
  let stopping: Promise<void> | undefined;
  // Every way out (a signal, Neo4j dying, a failed start) goes through here exactly once.
  const stop = (reason: string) =>
    (stopping ??= (async () => {
      const since = Date.now();
      logger.info({ reason }, 'stopping');
      try {
        await http?.stop();
        live.stop();
      } finally {
        // Neo4j is closed even when the API fails to stop, so no JVM outlives us: the one
        // running now, which after a restart is not the one first started.
        await supervisor?.stop();
        await neo4j.close();
      }
      logger.info({ ms: Date.now() - since }, 'stopped');
    })());
  // This process is the one owner of SIGINT and SIGTERM (Apollo is told to leave them alone).
  // `on`, not `once`: a signal often comes twice (a process group's kill, then npm passing it
  // on), and a second one with no handler would kill this process at once, before its JVM is
  // down; npm start must return only when Neo4j has stopped.
  const stopped = new Promise<void>((resolve) => {
    const on = (reason: string) => () =>
      void stop(reason).then(resolve, (e: unknown) => {
        logger.error({ err: e, reason }, 'stopping failed');
        process.exitCode = 1;
        resolve();
      });
    process.on('SIGINT', on('SIGINT'));
    process.on('SIGTERM', on('SIGTERM'));
  });

  try {
    const report = await prepareGraph(neo4j.db, SEEDS_DIR);
    if (report) logger.info({ report }, 'the graph was empty: loaded the seeds');
    http = await startHttpServer({ db: neo4j.db, config, live });
  } catch (e) {
    await stop('start-up failed');
    throw e;
  }
  logger.info({ url: http.url, neo4j: neo4j.uri, ms: Date.now() - started }, `stancegraph ready at ${http.url}`);
  await stopped;
});
