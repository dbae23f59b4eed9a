// Credentials over real HTTP: writes need a bearer credential (an API key, configured by its
// hash, or a JWT verified with jose), the role decides what it may do, a bad credential is
// refused on every request, STANCEGRAPH_READS=authenticated closes reads, and no key reaches
// the logs.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type HttpServer, startHttpServer } from '../../src/api/http/http.js';
import { logger } from '../../src/logger.js';
import { SEEDS_DIR, seedGraph } from '../../src/seed/index.js';
import { apiConfig } from '../helpers/api.js';
import { curationAuth, JWT_SECRET, KEYS } from '../helpers/curation.js';
import { testDb } from '../helpers/neo4j.js';

const db = await testDb();
let open: HttpServer;
let closed: HttpServer;
beforeAll(async () => {
  open = await startHttpServer({ db, config: apiConfig({ auth: curationAuth() }) });
  closed = await startHttpServer({ db, config: apiConfig({ auth: curationAuth({ reads: 'authenticated' }) }) });
});
afterAll(async () => {
  await open.stop();
  await closed.stop();
  await seedGraph(db, SEEDS_DIR, { reset: true });
});

async function post(server: HttpServer, query: string, authorization?: string) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions: { code: string } }> };
  return { status: response.status, body, codes: (body.errors ?? []).map((e) => e.extensions.code) };
}

const UPSERT = (id: string) => `mutation { upsertSource(input: { id: "${id}", title: "A test article" }) { id } }`;
const jwt = (claims: Record<string, unknown>, secret = JWT_SECRET) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('jwt-user').setExpirationTime('5m').sign(new TextEncoder().encode(secret));
const ROLE = 'https://stancegraph.example/role';

describe('writes', () => {
  it('without a credential: UNAUTHENTICATED, HTTP 401, nothing written', async () => {
    const r = await post(open, UPSERT('test-no-credential'));
    expect(r.status).toBe(401);
    expect(r.codes).toEqual(['UNAUTHENTICATED']);
    expect((await post(open, `{ node(id: "test-no-credential") { id } }`)).body.data.node).toBeNull();
  });

  it('with an unknown key or a malformed header: UNAUTHENTICATED, reads included', async () => {
    expect((await post(open, UPSERT('test-bad-key'), 'Bearer sg_not-a-key')).codes).toEqual(['UNAUTHENTICATED']);
    expect((await post(open, UPSERT('test-bad-key'), `Basic ${KEYS.curator}`)).codes).toEqual(['UNAUTHENTICATED']);
    expect((await post(open, `{ actors(first: 1) { totalCount } }`, 'Bearer sg_not-a-key')).codes).toEqual(['UNAUTHENTICATED']);
  });

  it('with a curator key: written, and the key never logged', async () => {
    const spies = (['debug', 'info', 'warn', 'error'] as const).map((level) => vi.spyOn(logger, level));
    try {
      const r = await post(open, UPSERT('test-with-key'), `Bearer ${KEYS.curator}`);
      expect(r.status).toBe(200);
      expect(r.body.data).toEqual({ upsertSource: { id: 'test-with-key' } });
      await post(open, UPSERT('test-bad'), 'Bearer sg_not-a-key');
      const logged = JSON.stringify(spies.flatMap((s) => s.mock.calls));
      expect(logged).not.toContain(KEYS.curator);
      expect(logged).not.toContain('sg_not-a-key');
    } finally {
      for (const s of spies) s.mockRestore();
    }
  });

  it('a curator may not merge or remove: FORBIDDEN, HTTP 403; an admin may', async () => {
    const remove = `mutation { removeAffiliation(actor: "no-such-actor", organization: "no-such-org") { role } }`;
    const r = await post(open, remove, `Bearer ${KEYS.curator}`);
    expect(r.status).toBe(403);
    expect(r.codes).toEqual(['FORBIDDEN']);
    // The admin gets past the role check to the input's own problem.
    expect((await post(open, remove, `Bearer ${KEYS.admin}`)).codes).toEqual(['BAD_USER_INPUT']);
  });

  it('with a JWT: the role from the configured claim; a bad signature or no role refused', async () => {
    const curator = await jwt({ [ROLE]: 'curator' });
    expect((await post(open, UPSERT('test-with-jwt'), `Bearer ${curator}`)).body.data).toEqual({ upsertSource: { id: 'test-with-jwt' } });
    const [entry] = await db.read({ name: 'test/audit', text: `MATCH (a:AuditEntry) WHERE 'test-with-jwt' IN a.touched RETURN a.by AS by, a.role AS role` });
    expect(entry).toEqual({ by: 'jwt-user', role: 'curator' });

    const admins = await jwt({ [ROLE]: ['reader', 'admin'] });
    expect((await post(open, `mutation { mergeEntities(keep: "x", duplicate: "x") { id } }`, `Bearer ${admins}`)).codes).toEqual(['BAD_USER_INPUT']);
    const noRole = await jwt({ role: 'curator' }); // the wrong claim name
    expect((await post(open, UPSERT('test-jwt-no-role'), `Bearer ${noRole}`)).codes).toEqual(['FORBIDDEN']);
    const forged = await jwt({ [ROLE]: 'admin' }, 'another-secret-of-at-least-thirty-two-chars');
    const refused = await post(open, UPSERT('test-jwt-forged'), `Bearer ${forged}`);
    expect(refused.codes).toEqual(['UNAUTHENTICATED']);
    expect(refused.body.errors![0]!.message).toContain('signature');
  });
});

describe('reads', () => {
  it('are open by default', async () => {
    expect((await post(open, `{ actors(first: 1) { totalCount } }`)).codes).toEqual([]);
  });

  it('need a credential when STANCEGRAPH_READS=authenticated', async () => {
    const r = await post(closed, `{ actors(first: 1) { totalCount } }`);
    expect(r.status).toBe(401);
    expect(r.codes).toEqual(['UNAUTHENTICATED']);
    expect((await post(closed, `{ actors(first: 1) { totalCount } }`, `Bearer ${KEYS.curator}`)).codes).toEqual([]);
  });
});
