// The API restarted under its subscribers: a graphql-ws client with its default retry
// connects again by itself, subscribes again, and hears of changes made after the restart.
// The API runs as `npm start` runs it (dist/main.js, stopped with SIGTERM), over the run's
// Neo4j and its change feed, so no JVM is started for this file.
import { createClient } from 'graphql-ws';
import getPort from 'get-port';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { testDb, testStoreEnv } from '../helpers/neo4j.js';
import { embeddedApiEnv, startApi, type StartedApi } from '../helpers/processes.js';
import { collect, RECONNECTING, resyncReasons } from '../helpers/subscriptions.js';
import { tempDir } from '../helpers/tempDirs.js';

const db = await testDb();
const write = (text: string) => db.writeStatement('test/api-restart-write', text, {});
const started: StartedApi[] = [];
afterAll(async () => {
  for (const api of started) await api.stop();
  await write(`MATCH (n:Entity) WHERE n.apiRestartTest IS NOT NULL REMOVE n.apiRestartTest`);
});

describe('npm start restarted under graphql-ws subscribers', { timeout: 600_000 }, () => {
  it('the client connects again, subscribes again, and receives the changes made after the restart', async () => {
    const port = await getPort({ host: '127.0.0.1' });
    // embeddedApiEnv's data dir and Bolt port are replaced by the run's store.
    const env = { ...(await embeddedApiEnv(await tempDir('api-restart'), port)), ...testStoreEnv() };
    const start = async () => {
      const api = await startApi(env);
      started.push(api);
      return api;
    };
    let api = await start();

    // The client as docs/live.md advises: graphql-ws retries a connection the server closed
    // (1001 on SIGTERM), but by default takes a refused one (the API not back yet) as the
    // end of every subscription; `shouldRetry` makes it keep trying.
    const client = createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, ...RECONNECTING });
    const connections: boolean[] = [];
    client.on('connected', (_socket, _payload, wasRetry) => connections.push(wasRetry));
    try {
      const graph = collect(client, `subscription { graphChanged(ids: ["donald-trump"]) { resync changes { id op fields } } }`);
      const stances = collect(client, `subscription { stancesChanged(holder: "donald-trump") { id } }`);
      await expect.poll(() => api.subscribers(), { timeout: 60_000 }).toBe(2);
      await write(`MATCH (a:Actor {id: 'donald-trump'}) SET a.apiRestartTest = 1`);
      await expect.poll(() => graph.values.length, { timeout: 30_000 }).toBe(1);

      await api.stop();
      // Nothing ended the streams: a subscription that completed would not be made again.
      expect([graph.done, stances.done]).toEqual([false, false]);
      api = await start();
      await expect.poll(() => api.subscribers(), { timeout: 120_000 }).toBe(2);
      // graphql-ws tells the client it came back (wasRetry): what changed meanwhile is read again then.
      expect(connections).toEqual([false, true]);

      await write(`MATCH (a:Actor {id: 'donald-trump'}) SET a.apiRestartTest = 2`);
      await expect.poll(() => graph.values.length, { timeout: 30_000 }).toBe(2);
      expect(graph.values.map((v) => v.data.graphChanged)).toEqual([
        { resync: false, changes: [{ id: 'donald-trump', op: 'UPDATED', fields: ['apiRestartTest'] }] },
        { resync: false, changes: [{ id: 'donald-trump', op: 'UPDATED', fields: ['apiRestartTest'] }] },
      ]);
      expect(resyncReasons(stances)).toEqual([]);
      expect([graph.done, stances.done]).toEqual([false, false]);
      graph.stop();
      stances.stop();
      await expect.poll(() => api.subscribers(), { timeout: 30_000 }).toBe(0);
    } finally {
      await client.dispose();
    }
  });
});

