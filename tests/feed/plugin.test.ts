// The change feed is a Neo4j plugin, loaded by Neo4j's extension mechanism from a jar in a
// plugins folder, as a server loads it: the launcher, given a plugins folder without the jar,
// runs Neo4j with no feed at all (it registers nothing itself); given the jar and a
// neo4j.conf naming the feed's address (the plugin's declared setting), the feed listens
// there and tells of commits.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import getPort from 'get-port';
import { afterAll, describe, expect, it } from 'vitest';
import { FeedClient } from '../../src/feed/client.js';
import { Db } from '../../src/graph/db.js';
import { createDriver } from '../../src/runtime/connect.js';
import { type EmbeddedNeo4j, startEmbedded } from '../../src/runtime/embedded.js';
import { ensurePluginBuilt, PLUGIN_JAR } from '../../src/runtime/launcherBuild.js';
import { nextTx } from '../helpers/feed.js';
import { tempDir } from '../helpers/tempDirs.js';

const started: EmbeddedNeo4j[] = [];
afterAll(async () => {
  for (const jvm of started) await jvm.stop();
});

async function start(dataDir: string, opts: { plugins: string; conf?: string }): Promise<EmbeddedNeo4j> {
  const jvm = await startEmbedded({
    storeDir: path.join(dataDir, 'neo4j'),
    boltPort: await getPort({ host: '127.0.0.1' }),
    heap: '256m',
    pageCache: '32m',
    timeoutMs: 300_000,
    ...opts,
  });
  started.push(jvm);
  return jvm;
}

describe('the feed plugin', { timeout: 600_000 }, () => {
  it('is what gives Neo4j a feed: a plugins folder without the jar, no feed', async () => {
    const dataDir = await tempDir('plugin-none');
    const plugins = path.join(dataDir, 'plugins');
    await mkdir(plugins, { recursive: true });
    const jvm = await start(dataDir, { plugins });
    expect(jvm.feed).toBeUndefined();
    await jvm.stop();
  });

  it('loaded from a plugins folder, listens where neo4j.conf says and tells of commits', async () => {
    await ensurePluginBuilt();
    const dataDir = await tempDir('plugin-jar');
    const plugins = path.join(dataDir, 'plugins');
    await mkdir(plugins, { recursive: true });
    await copyFile(PLUGIN_JAR, path.join(plugins, path.basename(PLUGIN_JAR)));
    const feedPort = await getPort({ host: '127.0.0.1' });
    const conf = path.join(dataDir, 'neo4j.conf');
    await writeFile(conf, `server.stancegraph.feed.listen_address=127.0.0.1:${feedPort}\n`);
    const jvm = await start(dataDir, { plugins, conf });
    expect(jvm.feed).toBe(`127.0.0.1:${feedPort}`);

    const feed = new FeedClient(() => jvm.feed).start();
    const db = new Db(createDriver(jvm.uri, undefined), undefined);
    try {
      await feed.waitUntilUp();
      // The default database's feed, never system's.
      expect(feed.hello?.database).toBe('neo4j');
      const arrived = nextTx(feed, (c) => c.entity === 'node' && c.id === 'plugin-probe');
      await db.writeStatement('test/plugin-probe', `CREATE (:Entity:Actor {id: 'plugin-probe', name: 'Probe'})`);
      expect((await arrived).changes).toContainEqual({ op: 'created', entity: 'node', labels: ['Actor', 'Entity'], id: 'plugin-probe', keys: ['id', 'name'] });
    } finally {
      feed.stop();
      await db.close();
    }
  });
});
