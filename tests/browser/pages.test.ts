// The three front doors in a real browser (Debian's Chromium through playwright-core): GraphiQL,
// the graph explorer and Neo4j Browser, each loaded from the API and used the way a person
// would. Every request each page makes is recorded: none may leave this machine.
import path from 'node:path';
import { type Browser, type Page, type Request } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type HttpServer, startHttpServer } from '../../src/api/http/http.js';
import { ROOT } from '../../src/config.js';
import { ensureToolsBuilt } from '../../src/runtime/toolsBuild.js';
import { apiConfig } from '../helpers/api.js';
import { testDb } from '../helpers/neo4j.js';
import { seeds } from '../helpers/seeds.js';

// Screenshots for the README and docs/, refreshed with UPDATE_SCREENSHOTS=1 npm run test:browser.
const shoot = (page: Page, name: string) =>
  process.env.UPDATE_SCREENSHOTS ? page.screenshot({ path: path.join(ROOT, 'docs', `${name}.png`) }) : undefined;

let server: HttpServer;
let origin: string;
let browser: Browser;
let actors: number;

beforeAll(async () => {
  const db = await testDb();
  const [row] = await db.read({ name: 'test/count-actors', text: 'MATCH (n:Actor) RETURN count(n) AS n' });
  actors = row!.n as number;
  const neo4j = inject('neo4j');
  await ensureToolsBuilt(); // Neo4j Browser's files: Maven on the first run only
  server = await startHttpServer({
    db,
    config: apiConfig({ env: 'development', external: { uri: neo4j.uri, username: neo4j.username ?? 'neo4j', password: neo4j.password } }),
  });
  origin = new URL(server.url).origin;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * A fresh page that records every request and WebSocket it opens. `sent()` leaves out what
 * the page's Content-Security-Policy refused: Chromium blocks those before they are sent.
 */
async function openPage() {
  const context = await browser.newContext({ viewport: { width: 1400, height: 850 } });
  const page = await context.newPage();
  const requests: Request[] = [];
  const sockets: string[] = [];
  page.on('request', (r) => requests.push(r));
  page.on('websocket', (ws) => sockets.push(ws.url()));
  const sent = () => [...requests.filter((r) => r.failure()?.errorText !== 'csp').map((r) => r.url()), ...sockets];
  const refused = () => requests.filter((r) => r.failure()?.errorText === 'csp').map((r) => r.url());
  return { page, sent, refused };
}

/** The requests that left this machine: anything but localhost, 127.0.0.1, data: and blob: URLs. */
const outside = (urls: string[]) =>
  urls.filter((u) => {
    const url = new URL(u);
    return !['data:', 'blob:'].includes(url.protocol) && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  });

describe('GraphiQL at GET /graphql', () => {
  it('loads with the example operations, runs one, and shows the headers editor and the schema docs', async () => {
    const { page, sent } = await openPage();
    await page.goto(`${origin}/graphql`);
    await page.getByText('TrumpAndNetanyahuOnIran').first().waitFor();
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: 30_000 }).toContain('totalCount');
    expect(await page.locator('.graphiql-response').innerText()).toContain('"trump"');
    await expect.poll(() => page.getByText('Headers', { exact: true }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
    await shoot(page, 'graphiql');
    expect(outside(sent())).toEqual([]);
    await page.context().close();
  });
});

describe('the explorer at /explore', () => {
  it('opens on the holders of the most claims and their stances, said in the page', async () => {
    // The five holders of the most seeded claims (ties by id), as topStakeholders answers.
    const counts = new Map<string, number>();
    for (const s of seeds.stances) counts.set(s.holder, (counts.get(s.holder) ?? 0) + 1);
    const top = [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1)).slice(0, 5);
    const names = new Map([...seeds.actors, ...seeds.organizations].map((n) => [n.id, n.name]));

    const { page, sent } = await openPage();
    await page.goto(`${origin}/explore`);
    await expect.poll(() => page.locator('#status').innerText(), { timeout: 30_000 }).toMatch(/^\d+ nodes, \d+ edges$/);
    const view = await page.locator('#view').innerText();
    expect(view).toMatch(/^Opening view: the 5 actors and organizations holding the most claims, and their stances: /);
    for (const [id] of top) expect(view).toContain(names.get(id));

    const drawn = await page.evaluate(() => {
      const cy = (window as any).cy;
      return {
        nodes: cy.nodes().map((n: any) => n.id()) as string[],
        edges: cy.edges().map((e: any) => ({ type: e.data('type'), source: e.data('source') })) as Array<{ type: string; source: string }>,
      };
    });
    // Each of the five with every claim it holds, and only stances drawn.
    for (const [id, claims] of top) {
      expect(drawn.nodes).toContain(id);
      expect(drawn.edges.filter((e) => e.source === id)).toHaveLength(claims);
    }
    expect(new Set(drawn.edges.map((e) => e.type))).toEqual(new Set(['HOLDS_STANCE']));
    await shoot(page, 'explorer-opening');
    expect(outside(sent())).toEqual([]);
    await page.context().close();
  });

  it("draws Netanyahu's neighbourhood, expands a node and shows a claim's sources", async () => {
    const { page, sent } = await openPage();
    await page.goto(`${origin}/explore`);
    await page.locator('#search-text').fill('Netanyahu');
    await page.locator('#search button').click();
    await page.getByRole('button', { name: 'Benjamin Netanyahu (actor)' }).click();
    await expect.poll(() => page.locator('#status').innerText(), { timeout: 30_000 }).toMatch(/^\d+ nodes, \d+ edges/);
    const before = await page.evaluate(() => (window as any).cy.nodes().length as number);
    expect(before).toBeGreaterThan(5);

    // Double-click an event Netanyahu attended: its neighbourhood joins the drawing.
    const graph = await page.locator('#graph').boundingBox();
    const at = async (selector: string, midpoint = false) => {
      const p = await page.evaluate(
        ([s, m]) => {
          const cy = (window as any).cy;
          const el = cy.$(s)[0];
          return m ? el.renderedMidpoint() : el.renderedPosition();
        },
        [selector, midpoint] as const,
      );
      return { x: graph!.x + p.x, y: graph!.y + p.y };
    };
    const event = await at('node[kind = "EVENT"]');
    await page.mouse.dblclick(event.x, event.y);
    await expect.poll(() => page.evaluate(() => (window as any).cy.nodes().length as number), { timeout: 30_000 }).toBeGreaterThan(before);

    // Click a stance edge: the side panel shows the claim and its sources. An edge's midpoint
    // can lie under a node or another edge in a dense drawing, so try the claims in turn.
    const claims = await page.evaluate(
      () => (window as any).cy.$('edge[source = "benjamin-netanyahu"][type = "HOLDS_STANCE"]').map((e: any) => e.id()) as string[],
    );
    const sourcesHeading = page.getByRole('heading', { name: 'Sources' });
    for (const id of claims.slice(0, 10)) {
      const edge = await at(`edge[id = "${id}"]`, true);
      await page.mouse.click(edge.x, edge.y);
      if (await sourcesHeading.waitFor({ timeout: 2_000 }).then(() => true, () => false)) break;
    }
    await sourcesHeading.waitFor({ timeout: 5_000 });
    expect(await page.locator('#panel li').count()).toBeGreaterThan(0);
    expect(await page.locator('#panel').innerText()).toMatch(/Benjamin Netanyahu: /);
    await shoot(page, 'explorer');
    expect(outside(sent())).toEqual([]);
    await page.context().close();
  });

  it('shows an API error in the page rather than a blank canvas', async () => {
    const { page } = await openPage();
    await page.goto(`${origin}/explore`);
    await page.locator('#search-text').fill('');
    await page.locator('#search button').click();
    await expect.poll(() => page.locator('#status.error').innerText(), { timeout: 30_000 }).toMatch(/[A-Z_]+: /);
    await page.context().close();
  });
});

describe('Neo4j Browser at /browser', () => {
  it('connects over Bolt and runs MATCH (n:Actor) RETURN count(n), sending nothing outside', async () => {
    const { page, sent, refused } = await openPage();
    await page.goto(`${origin}/browser`);
    await page.getByText('Connected to Neo4j').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="activeEditor"]').click();
    await page.keyboard.type('MATCH (n:Actor) RETURN count(n)');
    await page.keyboard.press('Enter');
    const frame = page.locator('[data-testid="frame"]', { has: page.locator('[data-testid="frameCommand"]', { hasText: 'MATCH (n:Actor)' }) });
    await expect.poll(() => frame.innerText(), { timeout: 60_000 }).toMatch(new RegExp(`count\\(n\\)\\s+(1\\s+)?${actors}\\b`));
    await shoot(page, 'neo4j-browser');
    // Bolt over WebSocket, on the Bolt port itself.
    expect(sent().filter((u) => u.startsWith('ws://'))).toContain(`${inject('neo4j').uri.replace('bolt://', 'ws://')}/`);
    expect(outside(sent())).toEqual([]);
    // What the policy refused is its analytics (Segment, Canny, Sentry), never a page it needs.
    for (const url of refused()) expect(url).toMatch(/segment\.com|canny\.io|sentry\.io/);
    await page.context().close();
  });
});
