import { afterAll } from 'vitest';
import { createAuthenticator, sha256 } from '../../src/api/http/auth.js';
import { createContext } from '../../src/api/request/context.js';
import { createApolloServer } from '../../src/api/server/server.js';
import type { AuthConfig, Config } from '../../src/config.js';
import type { Db } from '../../src/graph/db.js';
import { SEEDS_DIR, seedGraph } from '../../src/seed/index.js';
import { apiConfig, execute, type Result } from './api.js';
import { testDb } from './neo4j.js';

/** Keys made up for the tests: the server is configured with their hashes only, as in production. */
export const KEYS = {
  curator: 'sg_test-curator-0123456789abcdefghijklmnopqrstuv',
  admin: 'sg_test-admin-0123456789abcdefghijklmnopqrstuvwx',
} as const;

/** A JWT secret for the tests (HS256). */
export const JWT_SECRET = 'test-secret-of-at-least-thirty-two-characters';

export function curationAuth(overrides: Partial<AuthConfig> = {}): AuthConfig {
  return {
    reads: 'public',
    apiKeys: [
      { name: 'test-curator', role: 'curator', sha256: sha256(KEYS.curator) },
      { name: 'test-admin', role: 'admin', sha256: sha256(KEYS.admin) },
    ],
    jwt: { secret: JWT_SECRET, roleClaim: 'https://stancegraph.example/role' },
    ...overrides,
  };
}

export interface CurationApi {
  db: Db;
  config: Config;
  /** Runs one operation in process with `authorization` as the request's Authorization header. */
  run<D = any>(query: string, variables?: Record<string, unknown>, authorization?: string): Promise<Result<D>>;
  /** The same, as the test curator (role curator) or admin. */
  curator<D = any>(query: string, variables?: Record<string, unknown>): Promise<Result<D>>;
  admin<D = any>(query: string, variables?: Record<string, unknown>): Promise<Result<D>>;
}

/**
 * An in-process API with credentials configured, over the run's Neo4j. Mutations change the
 * shared graph, so after the file's tests the seeds are loaded again with --reset: the next
 * file finds the seeded graph, without this file's nodes, claims or audit entries. Call it at
 * a test file's top level: an afterAll registered from inside a beforeAll never runs.
 */
export async function curationApi(auth: Partial<AuthConfig> = {}): Promise<CurationApi> {
  const db = await testDb();
  const config = apiConfig({ auth: curationAuth(auth) });
  const server = createApolloServer({ config });
  await server.start();
  const authenticate = createAuthenticator(config.auth);
  afterAll(async () => {
    await server.stop();
    await seedGraph(db, SEEDS_DIR, { reset: true });
  });
  const run = async <D,>(query: string, variables?: Record<string, unknown>, authorization?: string) =>
    execute<D>(server, createContext({ db, config, credential: await authenticate(authorization) }), query, variables);
  return {
    db,
    config,
    run,
    curator: (query, variables) => run(query, variables, `Bearer ${KEYS.curator}`),
    admin: (query, variables) => run(query, variables, `Bearer ${KEYS.admin}`),
  };
}

/** Every AuditEntry in the graph, oldest first, with its JSON fields parsed. */
export async function auditEntries(db: Db): Promise<Array<Record<string, any>>> {
  const rows = await db.read({
    name: 'test/audit-entries',
    text: 'MATCH (a:AuditEntry) RETURN a {.*, labels: labels(a)} AS entry ORDER BY a.at, a.id',
  });
  return rows.map((r) => {
    const e = r.entry as Record<string, any>;
    return { ...e, arguments: JSON.parse(e.arguments), before: JSON.parse(e.before) };
  });
}
