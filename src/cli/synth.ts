/**
 * `npm run synth -- [--actors N] [--organizations N] [--issues N] [--events N] [--sources N]
 * [--claims N] [--seed N] [--reset | --offline]`: writes a deterministic synthetic graph at scale (for
 * benchmarks) beside whatever the graph holds, in batched transactions, and prints what it
 * wrote and how fast. Flags are checked before anything starts; a graph that already holds
 * synthetic data is refused unless --reset deletes that data first.
 * Writes where `npm run seed` does: a running `npm start`/`npm run neo4j`, else NEO4J_URI,
 * else an embedded Neo4j started for the time it takes.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { badInput } from '../errors.js';
import { loadCypher } from '../graph/cypher.js';
import { openNeo4j } from '../runtime/connect.js';
import { DEFAULT_COUNTS, DEFAULT_SEED, deleteSynth, resolveCounts, scaledCounts, type SynthCounts, type SynthReport, synthesize } from '../synth/index.js';
import { checkDisk, type OfflineReport, synthesizeOffline } from '../synth/offline.js';
import { countLines, sum } from './counts.js';
import { runCli } from './runCli.js';

const COUNT_FLAGS = Object.keys(DEFAULT_COUNTS) as Array<keyof SynthCounts>;

const USAGE = `usage: npm run synth -- [--actors N] [--organizations N] [--issues N] [--events N]
                         [--sources N] [--claims N] [--seed N] [--reset | --offline]
${COUNT_FLAGS.map((f) => `  --${f.padEnd(14)}how many ${f} (a positive integer); default ${DEFAULT_COUNTS[f]}`).join('\n')}
                  (the counts not given scale with --claims: --claims 1000000 gives 100000 actors)
  --seed N        the generator's seed (a non-negative integer); default ${DEFAULT_SEED}: same flags, same graph
  --reset         delete the synthetic data a previous run left (ids starting synth-) first, in
                  bounded transactions; the rest of the graph (the seeded corpus) stays
  --offline       build the graph into an empty embedded store with Neo4j's offline importer
                  (neo4j-admin database import full), then apply the schema and indexes: many
                  times faster, but only for a store with no database yet and no Neo4j running
                  on it (STANCEGRAPH_DATA_DIR; NEO4J_URI must be unset)
  --help          show this help`;

/**
 * `--actors -3` would otherwise stop parseArgs with a message about an ambiguous option
 * rather than the bad count: glue a count flag to its value so the count check names it.
 */
function glueNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (/^--[a-z]+$/.test(arg) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i += 1;
    } else out.push(arg);
  }
  return out;
}

function parse(argv: string[]) {
  let values;
  try {
    values = parseArgs({
      args: glueNegativeValues(argv),
      options: {
        ...Object.fromEntries(COUNT_FLAGS.map((f) => [f, { type: 'string' as const }])),
        seed: { type: 'string' },
        reset: { type: 'boolean' },
        offline: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values as Record<string, string | boolean | undefined>;
  } catch (e) {
    throw badInput(`${(e as Error).message}\n${USAGE}`);
  }
  const integer = (flag: string, min: number, what: string): number | undefined => {
    const text = values[flag];
    if (text === undefined) return undefined;
    const n = Number(text);
    if (typeof text !== 'string' || !/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < min) {
      throw badInput(`--${flag} must be ${what}, got ${JSON.stringify(text)}\n${USAGE}`);
    }
    return n;
  };
  let counts: Partial<SynthCounts> = {};
  for (const f of COUNT_FLAGS) {
    const n = integer(f, 1, 'a positive integer');
    if (n !== undefined) counts[f] = n;
  }
  // --claims alone scales the other counts with it (the same claims per issue and per actor).
  if (counts.claims !== undefined) counts = scaledCounts(counts.claims, counts);
  const offline = values.offline === true;
  if (offline && values.reset === true) {
    throw badInput(`--offline builds a new store and --reset deletes synthetic data from an existing one: use one of them\n${USAGE}`);
  }
  return { counts, seed: integer('seed', 0, 'a non-negative integer'), reset: values.reset === true, offline, help: values.help === true };
}

function summary(report: SynthReport): string {
  const nodes = sum(report.nodes);
  return [
    ...countLines(report),
    `${report.seconds} s, ${report.transactions} transactions: ${report.relationshipsPerSecond} relationships/s, ` +
      `${Math.round(nodes / report.seconds)} nodes/s`,
  ].join('\n');
}

function offlineSummary(r: OfflineReport): string {
  return [
    `nodes: ${r.nodes}, relationships: ${r.relationships}`,
    `CSV ${r.csvSeconds} s, import ${r.importSeconds} s (importer JVM ${r.importerJvmSeconds} s), schema and indexes ${r.schemaSeconds} s; ` +
      `${r.seconds} s in all: ${r.relationshipsPerSecond} relationships/s in the importer, ${Math.round(r.relationships / r.seconds)} relationships/s end to end`,
  ].join('\n');
}

await runCli(async () => {
  const args = parse(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  await loadCypher();
  if (args.offline) {
    if (config.external) {
      throw badInput(
        `--offline writes the embedded store (STANCEGRAPH_DATA_DIR) with the importer, not a database over Bolt; NEO4J_URI is set (${config.external.uri}). ` +
          'Unset it, or leave out --offline to write online.',
      );
    }
    const report = await synthesizeOffline(args.counts, {
      storeDir: config.embedded.storeDir,
      boltPort: config.embedded.boltPort,
      heap: config.embedded.heap,
      pageCache: config.embedded.pageCache,
      startupTimeoutMs: config.startupTimeoutMs,
      seed: args.seed,
      log: (line) => console.log(`  ${line}`),
    });
    console.log(`Synthesized offline into ${config.embedded.storeDir} (seed ${report.seed}):`);
    console.log(offlineSummary(report));
    return;
  }
  // The embedded store is on this machine: a graph too large for its disk stops here.
  if (!config.external) checkDisk(resolveCounts(args.counts), config.embedded.storeDir);
  const neo4j = await openNeo4j(config, { reuseRunning: true });
  try {
    if (args.reset) {
      const deleted = await deleteSynth(neo4j.db);
      console.log(`Deleted ${deleted} synthetic nodes and their edges.`);
    }
    const report = await synthesize(neo4j.db, args.counts, { seed: args.seed, log: (line) => console.log(`  ${line}`) });
    console.log(`Synthesized into ${neo4j.uri} (seed ${report.seed}):`);
    console.log(summary(report));
  } finally {
    await neo4j.close();
  }
});
