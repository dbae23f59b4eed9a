// The pages beside /graphql, over real HTTP and without a browser: the explorer's files, its
// Cytoscape.js module from node_modules, and Neo4j Browser's entry outside production only.
// tests/browser/ drives them in Chromium (npm run test:browser).
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startHttpServer } from '../../src/api/http/http.js';
import { apiConfig } from '../helpers/api.js';
import { testDb } from '../helpers/neo4j.js';

const db = await testDb();
const neo4j = inject('neo4j');
const external = { uri: neo4j.uri, username: neo4j.username ?? 'neo4j', password: neo4j.password };
const dev = await startHttpServer({ db, config: apiConfig({ env: 'development', external }) });
const prod = await startHttpServer({ db, config: apiConfig({ env: 'production', external }) });
afterAll(() => Promise.all([dev.stop(), prod.stop()]));
const at = (server: { url: string }, path: string) => new URL(path, server.url).href;

describe('the explorer at /explore', () => {
  it('serves its page, script and Cytoscape.js from this server, in production too', async () => {
    for (const server of [dev, prod]) {
      const page = await fetch(at(server, '/explore/'));
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<script type="module" src="explorer.js">');
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
      const script = await (await fetch(at(server, '/explore/explorer.js'))).text();
      expect(script).toContain("from './vendor/cytoscape.esm.min.mjs'");
      const cytoscape = await fetch(at(server, '/explore/vendor/cytoscape.esm.min.mjs'));
      expect(cytoscape.status).toBe(200);
      expect(cytoscape.headers.get('content-type')).toMatch(/javascript/);
    }
  });
});

describe("the curator's page at /curate", () => {
  it('serves its page, script and styles from this server, in production too', async () => {
    for (const server of [dev, prod]) {
      const page = await fetch(at(server, '/curate/'));
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<script type="module" src="curate.js">');
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
      for (const file of ['curate.js', 'curate.css']) expect((await fetch(at(server, `/curate/${file}`))).status).toBe(200);
      expect(await (await fetch(at(server, '/curate/curate.js'))).text()).not.toMatch(/https?:\/\//);
    }
  });
});

describe('Neo4j Browser at /browser', () => {
  it('points the page at the running database, outside production only', async () => {
    const entry = await fetch(at(dev, '/browser'), { redirect: 'manual' });
    expect(entry.status).toBe(302);
    expect(entry.headers.get('location')).toBe(`/browser/?connectURL=${encodeURIComponent(neo4j.uri)}&preselectAuthMethod=NO_AUTH`);
    expect((await fetch(at(prod, '/browser'), { redirect: 'manual' })).status).toBe(404);
  });
});
