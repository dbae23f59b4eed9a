/**
 * Keeps the embedded Neo4j of `npm start` running: when its JVM dies (a crash, the OOM
 * killer, a kill -9), it is started again on the same store and Bolt port, with backoff
 * between failed attempts. Meanwhile the API stays up: the driver's requests fail as
 * DATABASE_UNAVAILABLE and /ready answers 503, until the driver reconnects to the new JVM by
 * itself. Neo4j writes each commit to its transaction log before acknowledging it, and
 * replays the log when it opens the store again, so nothing acknowledged is lost.
 */
import { logger } from '../logger.js';
import type { EmbeddedNeo4j } from './embedded.js';

export interface Supervisor {
  /** The JVM running now (or the last one, while a restart is under way). */
  readonly current: EmbeddedNeo4j;
  /** Stops watching, then stops the JVM running now. */
  stop(): Promise<void>;
}

const BACKOFF = { firstMs: 500, maxMs: 30_000 };

export function superviseEmbedded(first: EmbeddedNeo4j, start: () => Promise<EmbeddedNeo4j>): Supervisor {
  let current = first;
  let stopping = false;
  let restarting: Promise<void> | undefined;

  const watch = (jvm: EmbeddedNeo4j) =>
    void jvm.exited.then((code) => {
      if (stopping) return;
      logger.error({ pid: jvm.pid, code }, 'the embedded Neo4j died; restarting it (requests answer DATABASE_UNAVAILABLE meanwhile)');
      restarting = restart();
    });

  async function restart(): Promise<void> {
    for (let delay = BACKOFF.firstMs, attempt = 1; !stopping; delay = Math.min(delay * 2, BACKOFF.maxMs), attempt += 1) {
      try {
        const jvm = await start();
        if (stopping) {
          await jvm.stop();
          return;
        }
        current = jvm;
        logger.info({ pid: jvm.pid, uri: jvm.uri, attempt }, 'the embedded Neo4j is back');
        watch(jvm);
        return;
      } catch (e) {
        logger.error({ err: e instanceof Error ? e.message : String(e), attempt, retryInMs: delay }, 'restarting the embedded Neo4j failed');
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }

  watch(first);
  return {
    get current() {
      return current;
    },
    async stop() {
      stopping = true;
      await restarting;
      await current.stop();
    },
  };
}
