// `npm run key` against the running database: a key is stored by its SHA-256 only, a second
// key of one name is refused, revoking a key that is not there says so, and `--env` touches
// no database. What the replicas do with the keys is in tests/runtime/replicas.test.ts.
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/api/http/auth.js';
import { runEntryPoint } from '../helpers/cli.js';
import { testDb, testNeo4jEnv } from '../helpers/neo4j.js';

const db = await testDb();
const key = (args: string[], env: NodeJS.ProcessEnv = testNeo4jEnv()) => runEntryPoint('src/cli/key.ts', args, env);

describe('npm run key', { timeout: 120_000 }, () => {
  it('stores a new key by its digest, refuses a second of the same name, and revokes it', async () => {
    await key(['revoke', 'test-key-cli']);
    const created = await key(['create', 'test-key-cli', '--role', 'admin']);
    expect(created.code).toBe(0);
    const secret = /(sg_\S+)/.exec(created.stdout)![1]!;
    const [stored] = await db.read({ name: 'test/key', text: `MATCH (k:ApiKey {name: 'test-key-cli'}) RETURN k {.*} AS k` });
    expect(stored!.k).toMatchObject({ name: 'test-key-cli', role: 'admin', sha256: sha256(secret) });
    expect(JSON.stringify(stored)).not.toContain(secret);

    const again = await key(['create', 'test-key-cli', '--role', 'curator']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('BAD_USER_INPUT: An API key named "test-key-cli" exists already');

    expect((await key(['revoke', 'test-key-cli'])).code).toBe(0);
    const gone = await key(['revoke', 'test-key-cli']);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('NOT_FOUND: No API key named "test-key-cli"');
  });

  it('with --env prints a STANCEGRAPH_API_KEYS entry and needs no database', async () => {
    const printed = await key(['create', 'bootstrap', '--role', 'curator', '--env'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(printed.code).toBe(0);
    const secret = /(sg_\S+)/.exec(printed.stdout)![1]!;
    expect(printed.stdout).toContain(`bootstrap:curator:${sha256(secret)}`);
  });

  it('refuses a bad role or name before touching the database', async () => {
    expect((await key(['create', 'x', '--role', 'owner'])).stderr).toContain('--role must be one of');
    expect((await key(['create', 'a b', '--role', 'curator'])).stderr).toContain('may hold only letters');
  });
});
