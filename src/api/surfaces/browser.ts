import express, { type Router } from 'express';
import type { Config } from '../../config.js';
import { runningDatabase } from '../../runtime/running.js';
import { BROWSER_DIR, ensureToolsBuilt } from '../../runtime/toolsBuild.js';

/**
 * Neo4j Browser (from Maven Central, fetched on first use) at /browser, outside production.
 * It talks Bolt over WebSocket straight to the database, on the Bolt port itself: `/browser`
 * redirects to the page with the running database's Bolt URI filled in. The embedded Neo4j
 * turns off the Browser's telemetry and remote content (see Launcher.java), and toolsBuild
 * drops its Google Fonts import, so it sends nothing off this machine.
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
  router.use(express.static(BROWSER_DIR));
  return router;
}
