/**
 * `npm run neo4j:plugin`: builds the change feed plugin (neo4j/plugin) with Maven and prints
 * where its jar is, to copy into a Neo4j server's plugins/ folder (docs/scale-out.md).
 */
import { ensurePluginBuilt, PLUGIN_JAR } from '../runtime/launcherBuild.js';
import { runCli } from './runCli.js';

await runCli(async () => {
  await ensurePluginBuilt();
  console.log(`${PLUGIN_JAR}

Copy it into the plugins/ folder of every Neo4j 5.26 server (each member of a cluster), set
server.stancegraph.feed.listen_address in neo4j.conf, restart, and list the members' feeds in the
API's STANCEGRAPH_FEED_URI (docs/scale-out.md).`);
});
