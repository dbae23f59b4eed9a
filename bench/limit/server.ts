/**
 * The limit of `npm run bench`: one hand-written Cypher query per request, through
 * neo4j-driver, behind a minimal node:http server. It takes the same POST body as a GraphQL
 * server ({ query, variables, operationName }), runs bench/limit/<operation, kebab-case>.cypher
 * with the variables as parameters (a `filter` object's fields lifted to parameters of their
 * own), and answers { data } in the shape stancegraph answers. No GraphQL parsing, no
 * resolvers: what is left is the driver, the Cypher and JSON.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 PORT=4102 node --import tsx bench/limit/server.ts
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { toLuceneQuery } from '../../src/api/loaders/lucene.js';
import { createDriver } from '../../src/runtime/connect.js';
import { readCypherDir } from '../cypherFiles.js';
import { limitFileOf } from '../questions.js';

const DIR = import.meta.dirname;

export interface LimitServer {
  url: string;
  stop(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The parameters of one request: the variables, a filter's fields beside them, search text as Lucene. */
function paramsOf(variables: Record<string, unknown>): Record<string, unknown> {
  const filter = (variables.filter ?? {}) as Record<string, unknown>;
  const params: Record<string, unknown> = { ...variables, ...filter };
  if (typeof variables.text === 'string') params.lucene = toLuceneQuery(variables.text);
  return params;
}

/** Serves the limit over `driver` on host:port (0 for a free one) until stop(). */
export async function startLimitServer(opts: { driver: Driver; database?: string; host?: string; port?: number }): Promise<LimitServer> {
  const queries = await readCypherDir(DIR);
  const server = createServer(async (req, res) => {
    const reply = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    try {
      if (req.method !== 'POST') return reply(405, { errors: [{ message: 'POST a GraphQL body' }] });
      const { operationName, variables } = JSON.parse(await body(req)) as { operationName?: string; variables?: Record<string, unknown> };
      const query = operationName ? queries.get(limitFileOf(operationName)) : undefined;
      if (!query) return reply(400, { errors: [{ message: `No limit query for operation ${JSON.stringify(operationName)} in ${DIR}` }] });
      const { records } = await opts.driver.executeQuery(query.text, paramsOf(variables ?? {}), {
        database: opts.database,
        routing: neo4j.routing.READ,
      });
      reply(200, { data: records[0]?.get('data') ?? null });
    } catch (e) {
      reply(500, { errors: [{ message: (e as Error).message }] });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}/graphql`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Load generators keep connections alive; close() alone would wait for them.
        server.closeAllConnections();
      }),
  };
}

// Run as a process of its own by the bench, so its CPU and memory are measured apart.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const uri = process.env.NEO4J_URI;
  const port = Number(process.env.PORT);
  if (!uri) throw new Error('NEO4J_URI must name the Neo4j to query, e.g. bolt://127.0.0.1:7687');
  if (!Number.isInteger(port) || port <= 0) throw new Error(`PORT must be a port number, got ${process.env.PORT}`);
  const auth = process.env.NEO4J_PASSWORD ? neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD) : undefined;
  const driver = createDriver(uri, auth);
  await driver.verifyConnectivity();
  const limit = await startLimitServer({ driver, database: process.env.NEO4J_DATABASE, port });
  console.log(`limit ready at ${limit.url}`);
  const stop = async () => {
    await limit.stop();
    await driver.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
