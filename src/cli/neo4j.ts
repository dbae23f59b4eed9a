/**
 * `npm run neo4j`: only the embedded database, in the foreground, for analysts' Bolt
 * clients (cypher-shell, Neo4j Desktop, Browser). Ctrl-C stops it cleanly.
 */
import { loadConfig } from '../config.js';
import { applySchema } from '../graph/schema.js';
import { openNeo4j } from '../runtime/connect.js';
import { runCli } from './runCli.js';

await runCli(async () => {
  const config = loadConfig();
  if (config.external) {
    console.log(`NEO4J_URI is set (${config.external.uri}): that database is the one to use; nothing to start.`);
    return;
  }
  const neo4j = await openNeo4j(config);
  await applySchema(neo4j.db);
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
