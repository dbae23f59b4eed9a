import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config.js';
import { loadCypher } from '../src/graph/cypher.js';
import { applySchema } from '../src/graph/constraints.js';
import { openNeo4j } from '../src/runtime/connect.js';
import { buildDist } from '../src/runtime/distBuild.js';
import getPort from 'get-port';
import { SEEDS_DIR, seedGraph } from '../src/seed/index.js';
import type { TestNeo4j } from './helpers/neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/**
 * Builds dist/ as `npm start` does, for the tests that start the API as a process
 * (helpers/processes.ts startApi). Starts one real Neo4j for the run: the embedded one on a free port and a temporary store,
 * or the one NEO4J_URI names. Applies the schema and loads the project's seeds.
 */
export default async function setup(project: TestProject) {
  buildDist();
  const external = Boolean(process.env.NEO4J_URI);
  const tmp = external ? undefined : await mkdtemp(path.join(os.tmpdir(), 'stancegraph-test-'));
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    ...(tmp ? { STANCEGRAPH_DATA_DIR: tmp, STANCEGRAPH_BOLT_PORT: String(await getPort({ host: '127.0.0.1' })) } : {}),
  });
  const neo4j = await openNeo4j(config);
  await loadCypher();
  await applySchema(neo4j.db);
  await seedGraph(neo4j.db, SEEDS_DIR, { reset: true });
  project.provide('neo4j', {
    uri: neo4j.uri,
    username: config.external?.username,
    password: config.external?.password,
    database: config.external?.database,
    feed: neo4j.feed?.(),
    dataDir: tmp,
  });
  return async () => {
    await neo4j.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  };
}
