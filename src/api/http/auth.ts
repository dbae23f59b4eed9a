/**
 * Credentials: who a request comes from. A request may carry `Authorization: Bearer <token>`,
 * where the token is an API key (`sg_...`, known only by its SHA-256: kept in the graph by
 * `npm run key`, or configured in STANCEGRAPH_API_KEYS for bootstrap) or a JWT (verified
 * with jose against the configured secret or JWKS URL, its role read from a configurable
 * claim). The token itself is never logged, stored or echoed: only a key's configured name or
 * a JWT's subject travels further, as the writer of what the request changes.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import type { AuthConfig } from '../../config.js';
import type { GraphKey } from './keyStore.js';
import type { Role, Writer } from '../../curation/index.js';
import { ErrorCode, StancegraphError } from '../../errors.js';

/** What a request's Authorization header proved. */
export type Credential =
  | { kind: 'none' }
  /** A header was sent and did not check out: always refused, reads included. */
  | { kind: 'invalid'; reason: string }
  /**
   * role null: a valid JWT whose role claim names no role stancegraph knows (reads only).
   * graphKey: the SHA-256 of an API key kept in the graph, which may be revoked while in use.
   */
  | { kind: 'valid'; name: string; role: Role | null; graphKey?: string };

export const NO_CREDENTIAL: Credential = { kind: 'none' };

/** The prefix of every API key `npm run key` makes, so a key is told from a JWT at a glance. */
export const API_KEY_PREFIX = 'sg_';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The role a JWT's claim grants: admin wins over curator; a list claim may hold either. */
function roleOf(claim: unknown): Role | null {
  const values = (Array.isArray(claim) ? claim : [claim]).filter((v): v is string => typeof v === 'string');
  if (values.includes('admin')) return 'admin';
  if (values.includes('curator')) return 'curator';
  return null;
}

/** The key whose digest is `digest`, compared in constant time. */
const keyOf = <K extends { sha256: string }>(keys: readonly K[], digest: Buffer): K | undefined =>
  keys.find((k) => timingSafeEqual(Buffer.from(k.sha256, 'hex'), digest));

/**
 * Whether an API key kept in the graph is still there: false once revoked. Credentials of
 * any other kind (configured keys, JWTs) cannot be revoked while the server runs.
 */
export async function stillValid(credential: Credential, graphKeys: () => Promise<readonly GraphKey[]>): Promise<boolean> {
  if (credential.kind !== 'valid' || credential.graphKey === undefined) return true;
  return keyOf(await graphKeys(), Buffer.from(credential.graphKey, 'hex')) !== undefined;
}

/**
 * Turns an Authorization header into a Credential; built once per server from the config
 * and, for the keys kept in the graph, their store (LiveGraph.keys).
 */
export function createAuthenticator(
  auth: AuthConfig,
  graphKeys: () => Promise<readonly GraphKey[]> = async () => [],
): (header: string | undefined) => Promise<Credential> {
  const keys = auth.apiKeys;
  const jwt = auth.jwt;
  const secret = jwt?.secret ? new TextEncoder().encode(jwt.secret) : undefined;
  // jose fetches and caches the key set, refetching when a token names a key it has not seen.
  const jwks = jwt?.jwksUrl ? createRemoteJWKSet(new URL(jwt.jwksUrl)) : undefined;

  return async (header) => {
    if (header === undefined || header.trim() === '') return NO_CREDENTIAL;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) return { kind: 'invalid', reason: 'the Authorization header must be "Bearer <API key or JWT>"' };
    const token = match[1]!;

    if (token.startsWith(API_KEY_PREFIX)) {
      const hex = sha256(token);
      const digest = Buffer.from(hex, 'hex');
      const configured = keyOf(keys, digest);
      if (configured) return { kind: 'valid', name: configured.name, role: configured.role };
      let stored: GraphKey | undefined;
      try {
        stored = keyOf(await graphKeys(), digest);
      } catch {
        return { kind: 'invalid', reason: 'the API keys could not be read from the database; try again shortly' };
      }
      return stored ? { kind: 'valid', name: stored.name, role: stored.role, graphKey: hex } : { kind: 'invalid', reason: 'unknown API key' };
    }
    if (token.split('.').length === 3) {
      if (!jwt || (!secret && !jwks)) return { kind: 'invalid', reason: 'this server accepts no JWTs (no STANCEGRAPH_JWT_SECRET or STANCEGRAPH_JWKS_URL)' };
      try {
        const options = { issuer: jwt.issuer, audience: jwt.audience };
        const { payload }: { payload: JWTPayload } = secret
          ? await jwtVerify(token, secret, { ...options, algorithms: ['HS256', 'HS384', 'HS512'] })
          : await jwtVerify(token, jwks!, options);
        return { kind: 'valid', name: payload.sub ?? 'jwt', role: roleOf(payload[jwt.roleClaim]) };
      } catch (e) {
        // jose's messages name the failed check (expired, bad signature), never the token.
        return { kind: 'invalid', reason: `JWT not accepted: ${(e as Error).message}` };
      }
    }
    return { kind: 'invalid', reason: 'not an API key or a JWT' };
  };
}

const unauthenticated = (message: string) =>
  new StancegraphError(ErrorCode.UNAUTHENTICATED, message, { extensions: { http: { status: 401 } } });

/**
 * Whether a request may run an operation at all: a bad credential never; no credential not
 * for a mutation, nor for a query when reads are `authenticated`.
 */
export function checkCredential(credential: Credential, operation: 'query' | 'mutation' | 'subscription', auth: AuthConfig): void {
  if (credential.kind === 'invalid') throw unauthenticated(`Credential refused: ${credential.reason}`);
  if (credential.kind === 'valid') return;
  if (operation === 'mutation') {
    throw unauthenticated('Writes need a credential: send the header Authorization: Bearer <API key or JWT>');
  }
  if (auth.reads === 'authenticated') {
    throw unauthenticated('This server answers only authenticated requests: send the header Authorization: Bearer <API key or JWT>');
  }
}

/** The writer a mutation records, when the credential's role may run it; FORBIDDEN otherwise. */
export function writerFor(credential: Credential, allowed: readonly Role[], operation: string): Writer {
  if (credential.kind !== 'valid') throw unauthenticated('Writes need a credential: send the header Authorization: Bearer <API key or JWT>');
  if (credential.role === null || !allowed.includes(credential.role)) {
    throw new StancegraphError(
      ErrorCode.FORBIDDEN,
      `${operation} needs the role ${allowed.join(' or ')}; ${credential.name} has ${credential.role ?? 'no role'}`,
      { extensions: { http: { status: 403 } } },
    );
  }
  return { name: credential.name, role: credential.role };
}
