/**
 * `npm run key -- create NAME --role curator|admin`: makes a new API key. The key is printed
 * once and stored nowhere; the server is configured with its SHA-256 only, so the line to add
 * to STANCEGRAPH_API_KEYS is printed beside it. Losing a key means making a new one.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { API_KEY_PREFIX, sha256 } from '../api/http/auth.js';
import { ROLES } from '../curation/index.js';
import { ErrorCode, StancegraphError } from '../errors.js';
import { runCli } from './runCli.js';

const USAGE = `usage: npm run key -- create NAME --role curator|admin
  NAME    who the key is for, as audit entries will name them: letters, digits, . _ @ -
  --role  curator (writes nodes and claims) or admin (may also merge and remove)`;

const NAME = /^[A-Za-z0-9._@-]+$/;

const usage = (message: string) => new StancegraphError(ErrorCode.BAD_USER_INPUT, `${message}\n${USAGE}`);

await runCli(async () => {
  let parsed;
  try {
    parsed = parseArgs({ args: process.argv.slice(2), options: { role: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw usage((e as Error).message);
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return;
  }
  const [command, name, ...rest] = parsed.positionals;
  if (command !== 'create') throw usage(`unknown command ${JSON.stringify(command ?? '')}`);
  if (!name || rest.length) throw usage('give one NAME');
  if (!NAME.test(name)) throw usage(`NAME ${JSON.stringify(name)} may hold only letters, digits, . _ @ -`);
  const role = parsed.values.role;
  if (!role || !(ROLES as readonly string[]).includes(role)) throw usage(`--role must be one of ${ROLES.join(', ')}`);

  // 32 random bytes: guessing is hopeless, so a plain SHA-256 is enough to store it by.
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  console.log(`API key for ${name} (role ${role}). It is shown only now; keep it secret:

  ${key}

Add this entry to STANCEGRAPH_API_KEYS (entries separated by commas) and restart:

  ${name}:${role}:${sha256(key)}

Clients send it as the header  Authorization: Bearer ${API_KEY_PREFIX}...`);
});
