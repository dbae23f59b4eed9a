import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ErrorCode, StancegraphError } from './errors.js';

/** The repository root: seeds, cypher/ and the launcher are found from here, whatever the cwd. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const port = z.coerce.number().int().min(0).max(65535);
const size = z.string().regex(/^\d+[kmgKMG]?$/, 'a size such as 512m or 1g');

/** `alice:curator:<64 hex digits>`: a key's name, its role and the SHA-256 of the key. */
const API_KEY_ENTRY = /^[A-Za-z0-9._@-]+:(curator|admin):[0-9a-f]{64}$/;
/** `host:port` (a name, an IPv4 address, or an IPv6 one in brackets) of a change feed. */
const FEED_ADDRESS = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/;
/** Variables whose value is a secret: a message about them never shows it. */
const SECRET = new Set(['STANCEGRAPH_JWT_SECRET']);

const Env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(4000),
  HOST: z.string().min(1).default('localhost'),
  NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'a bolt:// or neo4j:// URI').optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_STARTUP_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  STANCEGRAPH_DATA_DIR: z.string().min(1).default(path.join(ROOT, '.data')),
  STANCEGRAPH_BOLT_PORT: port.default(7687),
  STANCEGRAPH_NEO4J_HEAP: size.default('512m'),
  STANCEGRAPH_NEO4J_PAGECACHE: size.default('128m'),
  STANCEGRAPH_FEED_URI: z
    .string()
    .transform((s) => s.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(z.string().regex(FEED_ADDRESS, 'host:port entries, comma-separated (one per Neo4j member running the feed plugin)')).min(1))
    .optional(),
  STANCEGRAPH_KEYS_TTL_MS: z.coerce.number().int().min(0).max(3_600_000).default(5_000),
  STANCEGRAPH_CACHE_MB: z.coerce.number().int().min(0).max(65_536).default(64),
  // An article is a few thousand words: 200 kB holds the longest news feature many times over.
  STANCEGRAPH_INGEST_MAX_BYTES: z.coerce.number().int().min(1_000).max(10_000_000).default(200_000),
  STANCEGRAPH_READS: z.enum(['public', 'authenticated']).default('public'),
  STANCEGRAPH_INTROSPECTION: z.enum(['true', 'false'], 'true or false').optional(),
  STANCEGRAPH_API_KEYS: z
    .string()
    .transform((s) => s.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(z.string().regex(API_KEY_ENTRY, 'entries NAME:ROLE:SHA256 (npm run key -- create NAME --role curator prints one)')))
    .default([]),
  STANCEGRAPH_JWT_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  STANCEGRAPH_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
  STANCEGRAPH_JWT_ROLE_CLAIM: z.string().min(1).default('role'),
  STANCEGRAPH_JWT_ISSUER: z.string().min(1).optional(),
  STANCEGRAPH_JWT_AUDIENCE: z.string().min(1).optional(),
});


export interface Config {
  env: 'development' | 'production' | 'test';
  http: { host: string; port: number };
  /** Set when NEO4J_URI is: then no Java is started. */
  external?: { uri: string; username: string; password?: string; database?: string };
  embedded: { storeDir: string; boltPort: number; heap: string; pageCache: string };
  startupTimeoutMs: number;
  queryTimeoutMs: number;
  /** The cross-request cache's bound in MB; 0 turns it off. Only used with a change feed. */
  cacheMb: number;
  /**
   * Whether the API answers introspection (`__schema`, `__type`), when STANCEGRAPH_INTROSPECTION
   * says; unset, the API decides by NODE_ENV (on, and off in production).
   */
  introspection?: boolean;
  /**
   * The change feeds to read (STANCEGRAPH_FEED_URI): the plugin's address on every member of
   * the database. Absent: the embedded Neo4j's feed when the project started it, else none.
   */
  feedUris?: string[];
  /** How long API keys read from the graph are trusted when no feed tells of their changes. */
  keysTtlMs: number;
  auth: AuthConfig;
  /** The ingest (docs/ingest.md): the largest article text it stores, in UTF-8 bytes. */
  ingest: { maxBytes: number };
}

/** Who may read and write (docs/curation.md, Credentials). */
export interface AuthConfig {
  /** public: reads need no credential; authenticated: every request needs one. */
  reads: 'public' | 'authenticated';
  /** API keys by the SHA-256 (hex) of the key: the keys themselves are never configured. */
  apiKeys: Array<{ name: string; role: 'curator' | 'admin'; sha256: string }>;
  /** JWTs, verified with a shared secret (HS256) or a JWKS URL; the role read from `roleClaim`. */
  jwt?: { secret?: string; jwksUrl?: string; roleClaim: string; issuer?: string; audience?: string };
}

/**
 * Reads the environment once and checks it. A bad value stops start-up with a message that
 * names the variable; defaults suit a laptop.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const name = String(i.path[0]);
      return `${name}=${SECRET.has(name) ? '(hidden)' : JSON.stringify(env[name])}: ${i.message}`;
    });
    throw new StancegraphError(ErrorCode.CONFIG_INVALID, `Invalid environment: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    http: { host: e.HOST, port: e.PORT },
    external: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, username: e.NEO4J_USERNAME, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
      : undefined,
    embedded: {
      storeDir: path.resolve(e.STANCEGRAPH_DATA_DIR, 'neo4j'),
      boltPort: e.STANCEGRAPH_BOLT_PORT,
      heap: e.STANCEGRAPH_NEO4J_HEAP,
      pageCache: e.STANCEGRAPH_NEO4J_PAGECACHE,
    },
    startupTimeoutMs: e.NEO4J_STARTUP_TIMEOUT_MS,
    queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
    cacheMb: e.STANCEGRAPH_CACHE_MB,
    ...(e.STANCEGRAPH_INTROSPECTION ? { introspection: e.STANCEGRAPH_INTROSPECTION === 'true' } : {}),
    feedUris: e.STANCEGRAPH_FEED_URI,
    keysTtlMs: e.STANCEGRAPH_KEYS_TTL_MS,
    ingest: { maxBytes: e.STANCEGRAPH_INGEST_MAX_BYTES },
    auth: {
      reads: e.STANCEGRAPH_READS,
      apiKeys: e.STANCEGRAPH_API_KEYS.map((entry) => {
        const [name, role, sha256] = entry.split(':') as [string, 'curator' | 'admin', string];
        return { name, role, sha256 };
      }),
      jwt:
        e.STANCEGRAPH_JWT_SECRET || e.STANCEGRAPH_JWKS_URL
          ? {
              secret: e.STANCEGRAPH_JWT_SECRET,
              jwksUrl: e.STANCEGRAPH_JWKS_URL,
              roleClaim: e.STANCEGRAPH_JWT_ROLE_CLAIM,
              issuer: e.STANCEGRAPH_JWT_ISSUER,
              audience: e.STANCEGRAPH_JWT_AUDIENCE,
            }
          : undefined,
    },
  };
}
