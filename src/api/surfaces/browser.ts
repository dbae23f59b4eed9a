import express, { type Router } from 'express';
import type { Config } from '../../config.js';
import { runningDatabase } from '../../runtime/running.js';
import { BROWSER_DIR, ensureToolsBuilt } from '../../runtime/toolsBuild.js';

/**
 * Neo4j Browser (from Maven Central, fetched on first use) at /browser, outside production.
 * It talks Bolt over WebSocket straight to the database, on the Bolt port itself: `/browser`
 * redirects to the page with the running database's Bolt URI filled in.
 *
 * Offline it must work and send nothing out. The embedded Neo4j turns its telemetry and
 * remote content off (Launcher.java) and toolsBuild drops its Google Fonts import, but on a
 * Community server the Browser still loads Segment, Canny and Sentry (it treats outgoing
 * connections as always allowed there). A Content-Security-Policy keeps every request on
 * this server and the database: the browser itself refuses the rest before sending it.
 */
export function neo4jBrowser(config: Config): Router {
  const router = express.Router();
  router.get('/', async (req, res, next) => {
    if ('connectURL' in req.query) return next();
    try {
      const { uri } = runningDatabase(config);
      res.redirect(`/browser/?connectURL=${encodeURIComponent(uri)}&preselectAuthMethod=NO_AUTH`);
    } catch (e) {
      res.status(503).type('text').send((e as Error).message);
    }
  });
  // The first visit may wait for Maven; later ones find the files in place.
  router.use(async (_req, res, next) => {
    try {
      await ensureToolsBuilt();
      next();
    } catch (e) {
      res.status(503).type('text').send(`Neo4j Browser is not available: ${(e as Error).message}`);
    }
  });
  router.use((_req, res, next) => {
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(config));
    next();
  });
  router.use(express.static(BROWSER_DIR));
  return router;
}

/** Only this server and the database's Bolt port (its HTTP discovery and its WebSocket). */
function contentSecurityPolicy(config: Config): string {
  let database = '';
  try {
    const { host } = new URL(runningDatabase(config).uri);
    database = ['http', 'https', 'ws', 'wss'].map((scheme) => `${scheme}://${host}`).join(' ');
  } catch {
    // No database running: the page loads and says it cannot connect.
  }
  return [
    "default-src 'self'",
    // The Browser's bundles evaluate code and set inline styles.
    "script-src 'self' 'unsafe-eval' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    `connect-src 'self' ${database}`,
  ].join('; ');
}
