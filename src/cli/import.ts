/**
 * `npm run import -- --nodes FILE... --relationships FILE...`: loads a user's own CSV files
 * into an empty embedded store with Neo4j's offline importer, as `npm run synth -- --offline`
 * does, then applies the schema and indexes. Every file is checked first (src/import/
 * csvCheck.ts); one problem anywhere and nothing is imported.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { badInput } from '../errors.js';
import { loadCypher } from '../graph/cypher.js';
import { checkCsv, type CsvKind, NODE_LABELS, RELATIONSHIP_TYPES } from '../import/csvCheck.js';
import { ARRAY_DELIMITER, importFull, offlineRefusal } from '../runtime/adminImport.js';
import { applySchemaOn } from '../synth/offline.js';
import { runCli } from './runCli.js';

const USAGE = `usage: npm run import -- --nodes FILE [--nodes FILE]... [--relationships FILE]...
  Loads CSV files into an empty embedded store (STANCEGRAPH_DATA_DIR, no Neo4j running on it;
  NEO4J_URI unset) with neo4j-admin database import full, then applies the schema and indexes.
  --nodes FILE          a node file: header with id:ID and :LABEL (${NODE_LABELS.join(', ')}),
                        other columns properties, typed by a suffix (asOf:date, aliases:string[]);
                        every node also gets the label Entity
  --relationships FILE  a relationship file: header with :START_ID, :END_ID (node ids) and :TYPE
                        (${RELATIONSHIP_TYPES.join(', ')}), other columns properties
  Lists separate their items with "${ARRAY_DELIMITER}"; an empty field leaves the property unset.
  See docs/benchmarks-scale.md, "Loading your own CSV".`;

function parse(argv: string[]) {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        nodes: { type: 'string', multiple: true },
        relationships: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    throw badInput(`${(e as Error).message}\n${USAGE}`);
  }
  if (values.help) return undefined;
  if (!values.nodes?.length) throw badInput(`--nodes is needed: at least one node file\n${USAGE}`);
  return { nodes: values.nodes, relationships: values.relationships ?? [] };
}

await runCli(async () => {
  const args = parse(process.argv.slice(2));
  if (!args) {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  if (config.external) {
    throw badInput(`npm run import writes the embedded store (STANCEGRAPH_DATA_DIR) offline, not a database over Bolt; NEO4J_URI is set (${config.external.uri}). Unset it.`);
  }
  await loadCypher();
  const refusal = offlineRefusal(config.embedded.storeDir);
  if (refusal) throw badInput(refusal);

  const files: Array<[string, CsvKind]> = [...args.nodes.map((f): [string, CsvKind] => [f, 'nodes']), ...args.relationships.map((f): [string, CsvKind] => [f, 'relationships'])];
  const problems: string[] = [];
  for (const [file, kind] of files) {
    try {
      problems.push(...(await checkCsv(file, kind)).problems);
    } catch (e) {
      problems.push(`${file}: cannot be read: ${(e as Error).message}`);
    }
  }
  if (problems.length) throw badInput(`Nothing was imported; the CSV files have problems:\n  ${problems.join('\n  ')}`);

  const started = performance.now();
  const imported = await importFull(
    { nodes: args.nodes.map((file) => ({ file, labels: ['Entity'] })), relationships: args.relationships },
    { storeDir: config.embedded.storeDir, heap: config.embedded.heap, log: (line) => console.log(`  ${line}`) },
  );
  await applySchemaOn({ ...config.embedded, startupTimeoutMs: config.startupTimeoutMs });
  console.log(`Imported into ${config.embedded.storeDir}: ${imported.nodes} nodes, ${imported.relationships} relationships, ${imported.properties} properties.`);
  console.log(`import ${imported.importSeconds} s; with the schema and indexes ${Math.round(performance.now() - started) / 1000} s in all.`);
});
