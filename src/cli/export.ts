/**
 * `npm run export -- --dir PATH [--with-text]`: writes the graph as seed files into PATH (created when
 * missing), which `npm run seed -- --reset --dir PATH` loads back to the same graph. Reads
 * from a running `npm start`/`npm run neo4j`, NEO4J_URI, or an embedded Neo4j started for the
 * time it takes, like npm run seed.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { ErrorCode, StancegraphError } from '../errors.js';
import { exportGraph } from '../export/index.js';
import { loadCypher } from '../graph/cypher.js';
import { openNeo4j } from '../runtime/connect.js';
import { displayPath } from '../seed/index.js';
import { runCli } from './runCli.js';

const USAGE = `usage: npm run export -- --dir PATH [--with-text]
  --dir PATH    where to write the seed files (one per kind); existing files of the same names are replaced
  --with-text   also write each article text the ingest stored, as texts/<source id>.txt (left out otherwise)`;

await runCli(async () => {
  let values;
  try {
    ({ values } = parseArgs({ args: process.argv.slice(2), options: { dir: { type: 'string' }, 'with-text': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (e) {
    throw new StancegraphError(ErrorCode.BAD_USER_INPUT, `${(e as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.dir) throw new StancegraphError(ErrorCode.BAD_USER_INPUT, `--dir is required\n${USAGE}`);
  const config = loadConfig();
  await loadCypher();
  const neo4j = await openNeo4j(config, { reuseRunning: true });
  try {
    const counts = await exportGraph(neo4j.db, values.dir, { withText: values['with-text'] ?? false });
    console.log(`Exported ${neo4j.uri} to ${displayPath(values.dir)}:`);
    for (const [kind, n] of Object.entries(counts)) console.log(`  ${kind}: ${n}`);
  } finally {
    await neo4j.close();
  }
});
