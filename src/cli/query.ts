/**
 * `npm run query -- NAME --param key=value … [--format table|csv|json]`: runs a saved query
 * from cypher/queries/ against the running database, with parameters typed from the query's
 * own header. `--list` shows every saved query, what it answers and its parameters.
 */
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../config.js';
import { badInput } from '../errors.js';
import { Db } from '../graph/db.js';
import { FORMATS, type Format, formatRows } from '../queries/format.js';
import { describeType, parseParams } from '../queries/params.js';
import { findSavedQuery, listSavedQueries } from '../queries/saved.js';
import { createDriver, waitForBolt } from '../runtime/connect.js';
import { runningDatabase } from '../runtime/running.js';
import { runCli } from './runCli.js';

const USAGE = 'usage: npm run query -- NAME [--param key=value …] [--format table|csv|json] | --list';

await runCli(async () => {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        param: { type: 'string', short: 'p', multiple: true, default: [] },
        format: { type: 'string', short: 'f', default: 'table' },
        list: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw badInput(`${(e as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return void console.log(USAGE);
  if (values.list) {
    for (const q of listSavedQueries()) {
      const params = q.params.map((p) => `--param ${p.name}=<${describeType(p.type)}>`).join(' ');
      console.log(`${q.name}${params ? ` ${params}` : ''}\n  ${q.answers}\n`);
    }
    return;
  }
  if (positionals.length !== 1) throw badInput(`Name one saved query (got ${positionals.length}).\n${USAGE}`);
  if (!FORMATS.includes(values.format as Format)) {
    throw badInput(`--format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(values.format)}.`);
  }
  // Everything the analyst typed is checked before any connection is tried.
  const query = findSavedQuery(positionals[0]!);
  const params = parseParams(query, values.param);

  const config = loadConfig();
  const target = runningDatabase(config);
  const auth = target.password === undefined ? undefined : neo4j.auth.basic(target.username ?? 'neo4j', target.password);
  const driver = createDriver(target.uri, auth);
  try {
    await waitForBolt(driver, target.uri, target.database, Math.min(config.startupTimeoutMs, 5_000));
    const db = new Db(driver, target.database, config.queryTimeoutMs);
    const rows = await db.read({ name: `queries/${query.name}`, text: query.text }, params);
    process.stdout.write(formatRows(rows, values.format as Format));
  } finally {
    await driver.close();
  }
});
