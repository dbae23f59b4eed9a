/**
 * `npm run key`: the API keys kept in the graph, against the running database (the one
 * NEO4J_URI names, or the embedded one of this store), with no restart of any API replica:
 *   create NAME --role curator|admin   makes a key; printed once, stored only as its SHA-256
 *   list                               names, roles and when they were made
 *   revoke NAME                        deletes it; every replica refuses it within the feed's delay
 * `create NAME --role R --env` touches no database: it prints the STANCEGRAPH_API_KEYS entry
 * instead, for bootstrap (the first key, before any database runs).
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import Table from 'cli-table3';
import { API_KEY_PREFIX, sha256 } from '../api/http/auth.js';
import { loadConfig } from '../config.js';
import { ROLES } from '../curation/index.js';
import { ErrorCode, StancegraphError } from '../errors.js';
import { cypher, loadCypher } from '../graph/cypher.js';
import { Db } from '../graph/db.js';
import { createDriver, waitForBolt } from '../runtime/connect.js';
import { runningDatabase } from '../runtime/running.js';
import { runCli } from './runCli.js';

const USAGE = `usage: npm run key -- create NAME --role curator|admin [--env]
       npm run key -- list
       npm run key -- revoke NAME
  NAME    who the key is for, as audit entries will name them: letters, digits, . _ @ -
  --role  curator (writes nodes and claims) or admin (may also merge and remove)
  --env   print the STANCEGRAPH_API_KEYS entry instead of storing the key in the graph`;

const NAME = /^[A-Za-z0-9._@-]+$/;

const Q = {
  create: cypher<{ name: string }>('keys/create'),
  list: cypher<{ name: string; role: string; createdAt: string }>('keys/list'),
  revoke: cypher<{ revoked: number }>('keys/revoke'),
};

const usage = (message: string) => new StancegraphError(ErrorCode.BAD_USER_INPUT, `${message}\n${USAGE}`);

function checkName(name: string | undefined, rest: string[]): string {
  if (!name || rest.length) throw usage('give one NAME');
  if (!NAME.test(name)) throw usage(`NAME ${JSON.stringify(name)} may hold only letters, digits, . _ @ -`);
  return name;
}

/** Runs `work` on the running database, then closes the connection. */
async function withDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const config = loadConfig();
  await loadCypher();
  const target = runningDatabase(config);
  const auth = target.password === undefined ? undefined : neo4j.auth.basic(target.username ?? 'neo4j', target.password);
  const driver = createDriver(target.uri, auth);
  try {
    await waitForBolt(driver, target.uri, target.database, 10_000);
    return await work(new Db(driver, target.database, config.queryTimeoutMs));
  } finally {
    await driver.close();
  }
}

await runCli(async () => {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      options: { role: { type: 'string' }, env: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw usage((e as Error).message);
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return;
  }
  const [command, name, ...rest] = parsed.positionals;

  if (command === 'list') {
    if (name) throw usage('list takes no NAME');
    const rows = await withDatabase((db) => db.read(Q.list));
    const table = new Table({ head: ['name', 'role', 'created'] });
    table.push(...rows.map((r) => [r.name, r.role, r.createdAt]));
    console.log(rows.length ? table.toString() : 'No API keys in the graph (keys in STANCEGRAPH_API_KEYS are not listed).');
    return;
  }

  if (command === 'revoke') {
    const who = checkName(name, rest);
    const [{ revoked } = { revoked: 0 }] = await withDatabase((db) => db.writeTransaction('keys/revoke', (run) => run(Q.revoke, { name: who })));
    if (revoked === 0) throw new StancegraphError(ErrorCode.NOT_FOUND, `No API key named ${JSON.stringify(who)} in the graph (npm run key -- list shows them)`);
    console.log(`Revoked the API key of ${who}: every API replica refuses it from the change feed's next event (or within STANCEGRAPH_KEYS_TTL_MS without a feed).`);
    return;
  }

  if (command !== 'create') throw usage(`unknown command ${JSON.stringify(command ?? '')}`);
  const who = checkName(name, rest);
  const role = parsed.values.role;
  if (!role || !(ROLES as readonly string[]).includes(role)) throw usage(`--role must be one of ${ROLES.join(', ')}`);

  // 32 random bytes: guessing is hopeless, so a plain SHA-256 is enough to store it by.
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  if (parsed.values.env) {
    console.log(`API key for ${who} (role ${role}). It is shown only now; keep it secret:

  ${key}

Add this entry to STANCEGRAPH_API_KEYS (entries separated by commas) and restart:

  ${who}:${role}:${sha256(key)}

Clients send it as the header  Authorization: Bearer ${API_KEY_PREFIX}...`);
    return;
  }
  await withDatabase(async (db) => {
    try {
      await db.writeTransaction('keys/create', (run) => run(Q.create, { name: who, role, sha256: sha256(key) }));
    } catch (e) {
      if (e instanceof StancegraphError && e.code === ErrorCode.CONSTRAINT_VIOLATION) {
        throw new StancegraphError(ErrorCode.BAD_USER_INPUT, `An API key named ${JSON.stringify(who)} exists already; revoke it first (npm run key -- revoke ${who})`);
      }
      throw e;
    }
  });
  console.log(`API key for ${who} (role ${role}), stored in the graph by its SHA-256 and valid now on every API replica.
It is shown only now; keep it secret:

  ${key}

Clients send it as the header  Authorization: Bearer ${API_KEY_PREFIX}...`);
});
