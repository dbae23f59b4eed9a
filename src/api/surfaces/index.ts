import path from 'node:path';
import express, { type Express } from 'express';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../../config.js';
import type { Config } from '../../config.js';
import { neo4jBrowser } from './browser.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const EXPLORER_DIR = path.join(HERE, 'explorer');
const CURATE_DIR = path.join(HERE, 'curate');
const CYTOSCAPE = path.join(ROOT, 'node_modules', 'cytoscape', 'dist', 'cytoscape.esm.min.mjs');

/**
 * The pages people open in a browser, beside the GraphQL endpoint (GraphiQL itself is Apollo's
 * landing page, see graphiql.ts): the graph explorer at /explore, the curator's page at /curate
 * (the review queue of ingested articles; its writes need a curator's key, which it sends as
 * a Bearer token), and Neo4j Browser at /browser outside production.
 */
export function mountSurfaces(app: Express, config: Config): void {
  app.get('/explore/vendor/cytoscape.esm.min.mjs', (_req, res) => res.sendFile(CYTOSCAPE));
  app.use('/explore', express.static(EXPLORER_DIR));
  app.use('/curate', express.static(CURATE_DIR));
  if (config.env !== 'production') app.use('/browser', neo4jBrowser(config));
}
