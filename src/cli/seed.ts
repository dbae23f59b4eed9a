/**
 * `npm run seed [-- --dir PATH] [-- --reset]`: validates the seed files, then writes them
 * into the graph in one transaction. Validation comes first, so a bad file never starts Java.
 * Writes into the embedded Neo4j of a running `npm start` or `npm run neo4j` when there is
 * one, into NEO4J_URI's database when that is set, and otherwise starts the embedded one for
 * as long as it takes.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { ErrorCode, StancegraphError } from '../errors.js';
import { loadCypher } from '../graph/cypher.js';
import { applySchema } from '../graph/constraints.js';
import { openNeo4j } from '../runtime/connect.js';
import { displayPath, readSeeds, SEEDS_DIR, type SeedReport, writeSeeds } from '../seed/index.js';
import { countLines } from './counts.js';
import { runCli } from './runCli.js';

const USAGE = `usage: npm run seed -- [--dir PATH] [--reset]
  --dir PATH  the directory of seed files (.yaml, .yml, .json); default: seeds/
  --reset     delete every node first (in the same transaction: a failed seed keeps the old graph)
  --help      show this help`;

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { dir: { type: 'string' }, reset: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    throw new StancegraphError(ErrorCode.BAD_USER_INPUT, `${(e as Error).message}\n${USAGE}`);
  }
}

const summary = (report: SeedReport): string => countLines(report).join('\n');

await runCli(async () => {
  const args = parse(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const dir = args.dir ?? SEEDS_DIR;
  const config = loadConfig();
  const seeds = await readSeeds(dir);
  await loadCypher();
  const neo4j = await openNeo4j(config, { reuseRunning: true });
  try {
    await applySchema(neo4j.db);
    const report = await writeSeeds(neo4j.db, seeds, { reset: args.reset });
    const reset = args.reset ? `, after deleting ${report.deleted} nodes` : '';
    console.log(`Seeded ${neo4j.uri} from ${seeds.files.length} files in ${displayPath(dir)} in ${report.ms} ms${reset}:`);
    console.log(summary(report));
  } catch (e) {
    if (e instanceof StancegraphError && e.code === ErrorCode.CONSTRAINT_VIOLATION && !args.reset) {
      throw new StancegraphError(e.code, `${e.message}\nThe graph already holds this id on a node of another kind, or on a stance claim between other ends; --reset rebuilds the graph from the seeds.`);
    }
    throw e;
  } finally {
    await neo4j.close();
  }
});
