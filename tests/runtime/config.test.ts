import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ErrorCode } from '../../src/errors.js';

describe('loadConfig', () => {
  it('defaults to the embedded Neo4j with its store under .data/neo4j', () => {
    const config = loadConfig({});
    expect(config.external).toBeUndefined();
    expect(config.embedded.storeDir).toMatch(/\.data[/\\]neo4j$/);
    expect(config.http.port).toBe(4000);
  });

  it('uses NEO4J_URI and its credentials when set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_USERNAME: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'db' });
    expect(config.external).toEqual({ uri: 'neo4j+s://x.databases.neo4j.io', username: 'u', password: 'p', database: 'db' });
  });

  it('names the bad variable and its value', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty"/);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(
      expect.objectContaining({ code: ErrorCode.CONFIG_INVALID, message: expect.stringContaining('NEO4J_URI') }),
    );
  });

  it('reads the feeds of a cluster\'s members from STANCEGRAPH_FEED_URI, and refuses what is not host:port', () => {
    expect(loadConfig({ STANCEGRAPH_FEED_URI: 'neo4j-1:7688, neo4j-2:7688,[::1]:7688' }).feedUris).toEqual(['neo4j-1:7688', 'neo4j-2:7688', '[::1]:7688']);
    expect(loadConfig({}).feedUris).toBeUndefined();
    expect(() => loadConfig({ STANCEGRAPH_FEED_URI: 'http://neo4j-1:7688' })).toThrow(/STANCEGRAPH_FEED_URI="http:\/\/neo4j-1:7688": host:port entries/);
  });
});
