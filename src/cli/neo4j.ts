/**
 * `npm run neo4j`: only the embedded database (schema applied, seeded when empty), in the
 * foreground, for analysts' Bolt clients (cypher-shell, Neo4j Desktop, Browser). Ctrl-C
 * stops it cleanly.
 */
import { loadConfig } from '../config.js';
import { loadCypher } from '../graph/cypher.js';
import { openNeo4j } from '../runtime/connect.js';
import { prepareGraph, SEEDS_DIR } from '../seed/index.js';
import { runCli } from './runCli.js';

await runCli(async () => {
  const config = loadConfig();
  if (config.external) {
    console.log(`NEO4J_URI is set (${config.external.uri}): that database is the one to use; nothing to start.`);
    return;
  }
  await loadCypher();
  const neo4j = await openNeo4j(config);
  // The same graph npm start serves: analysts find it seeded on a fresh machine too.
  await prepareGraph(neo4j.db, SEEDS_DIR);
  console.log(`Neo4j ${neo4j.uri} (store ${config.embedded.storeDir}, auth off, loopback only). Ctrl-C to stop.`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    void neo4j.embedded?.exited.then(stop);
  });
  await neo4j.close();
  console.log('Neo4j stopped.');
});
