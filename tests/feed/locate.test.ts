import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { listenFile } from '../../src/runtime/embedded.js';
import { openNeo4j } from '../../src/runtime/connect.js';
import { testFeedAddress } from '../helpers/feed.js';
import { tempDir } from '../helpers/tempDirs.js';

/** A store whose listen.json says the run's Neo4j serves it, as `npm run neo4j` would write. */
async function storeServedBy(uri: string, feed: string): Promise<string> {
  const dataDir = await tempDir('locate');
  const storeDir = path.join(dataDir, 'neo4j');
  await mkdir(storeDir, { recursive: true });
  await writeFile(listenFile(storeDir), JSON.stringify({ bolt: uri, feed, pid: String(process.pid) }));
  return dataDir;
}

describe('finding the change feed', () => {
  it('over NEO4J_URI naming the npm run neo4j of this store: its feed, from listen.json', async () => {
    const { uri } = inject('neo4j');
    const dataDir = await storeServedBy(uri, testFeedAddress());
    const neo4j = await openNeo4j(loadConfig({ NEO4J_URI: uri, STANCEGRAPH_DATA_DIR: dataDir }));
    try {
      expect(neo4j.feed?.()).toBe(testFeedAddress());
    } finally {
      await neo4j.close();
    }
  });

  it('over any other Neo4j: none', async () => {
    const { uri } = inject('neo4j');
    const dataDir = await storeServedBy('bolt://127.0.0.1:1', testFeedAddress());
    const neo4j = await openNeo4j(loadConfig({ NEO4J_URI: uri, STANCEGRAPH_DATA_DIR: dataDir }));
    try {
      expect(neo4j.feed).toBeUndefined();
    } finally {
      await neo4j.close();
    }
  });
});
