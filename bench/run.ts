/**
 * `npm run bench`: load-tests the GraphQL API with autocannon, one representative query at a
 * time, and prints requests/s, p50 and p99 latency and errors for each.
 *
 * Target: BENCH_URL (default http://localhost:4000/graphql). When nothing answers there, the
 * bench starts the API itself, in production mode, on a free port, over the Neo4j the
 * configuration names (the embedded one by default, reused if `npm run neo4j` already runs
 * it), seeding the graph first if it is empty.
 *
 * BENCH_DURATION (seconds per query, default 10), BENCH_WARMUP (unmeasured seconds before each,
 * default 3) and BENCH_CONNECTIONS (default 10) tune it.
 */
import autocannon from 'autocannon';
import { startHttpServer } from '../src/api/http.js';
import { loadConfig } from '../src/config.js';
import { loadCypher } from '../src/graph/cypher.js';
import { openNeo4j } from '../src/runtime/connect.js';
import { prepareGraph, SEEDS_DIR } from '../src/seed/index.js';

const QUERIES: Array<{ name: string; query: string }> = [
  {
    name: 'actor by id',
    query: `{ actor(id: "donald-trump") { id name title aliases } }`,
  },
  {
    name: 'stances page, nested',
    query: `{ stances(first: 20, filter: { issue: "iran-policy", includeSubIssues: true }) {
      totalCount edges { cursor node { id stance asOf holder { name } issue { name } sources { title } } } } }`,
  },
  {
    name: 'compare Trump/Netanyahu',
    query: `{ compare(a: "donald-trump", b: "benjamin-netanyahu") {
      divergences { issue { name } latestA { stance } latestB { stance } }
      agreements { issue { name } } } }`,
  },
  {
    name: 'search "Iran missiles"',
    query: `{ search(text: "Iran missiles", first: 10) { score node { id ... on Issue { name } ... on Stakeholder { name } } } }`,
  },
  {
    name: 'graph depth 2',
    query: `{ graph(ids: ["benjamin-netanyahu"], depth: 2, limit: 200) { truncated nodes { id kind label } edges { id type source target } } }`,
  },
];

const env = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got ${process.env[name]}`);
  return value;
};

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(2_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/** Starts the API in this process; returns its URL and how to stop it and Neo4j. */
async function startOwnServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const config = { ...loadConfig(), env: 'production' as const };
  const ownConfig = { ...config, http: { host: '127.0.0.1', port: 0 } };
  await loadCypher();
  const neo4j = await openNeo4j(config, { reuseRunning: true });
  try {
    await prepareGraph(neo4j.db, SEEDS_DIR);
    const http = await startHttpServer({ db: neo4j.db, config: ownConfig });
    return {
      url: http.url,
      async stop() {
        await http.stop();
        await neo4j.close();
      },
    };
  } catch (e) {
    await neo4j.close();
    throw e;
  }
}

async function main() {
  const duration = env('BENCH_DURATION', 10);
  const connections = env('BENCH_CONNECTIONS', 10);
  const warmup = env('BENCH_WARMUP', 3);
  let url = process.env.BENCH_URL ?? 'http://localhost:4000/graphql';
  let own: Awaited<ReturnType<typeof startOwnServer>> | undefined;
  if (!(await answers(url))) {
    console.log(`Nothing answers at ${url}: starting the API in this process (production mode).`);
    own = await startOwnServer();
    url = own.url;
  }
  try {
    console.log(`Benchmarking ${url}: ${connections} connections, ${warmup} s warm-up then ${duration} s per query.\n`);
    const rows: Array<Record<string, string | number>> = [];
    for (const { name, query } of QUERIES) {
      const body = JSON.stringify({ query });
      // One checked run first: a query that fails would make the figures meaningless.
      const check = await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json();
      if (check.errors) throw new Error(`${name} fails: ${JSON.stringify(check.errors)}`);
      const load = { url, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body, connections };
      // Unmeasured load first: a fresh JVM compiles Neo4j's hot paths during the first seconds,
      // which would otherwise count against whichever query runs first.
      await autocannon({ ...load, duration: warmup });
      const result = await autocannon({ ...load, duration });
      rows.push({
        query: name,
        'req/s': Math.round(result.requests.average),
        'p50 ms': result.latency.p50,
        'p99 ms': result.latency.p99,
        requests: result.requests.total,
        errors: result.errors + result.timeouts + result.non2xx,
      });
    }
    console.table(rows);
  } finally {
    await own?.stop();
  }
}

await main();
