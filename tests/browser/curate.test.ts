// The curator's page at /curate in a real browser (Debian's Chromium through playwright-core):
// a curator opens an ingested article's draft, reads it with its mentions highlighted, and
// accepts, edits and rejects its proposals with a key, then finds what was accepted in the
// explorer. The draft is the ingest tests' hand-made one (tests/helpers/drafts.ts: an
// article written for the tests, a meeting and two stances), stored through the real Ingest.
import path from 'node:path';
import { type Browser, type Locator, type Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.js';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpServer, startHttpServer } from '../../src/api/http/http.js';
import { ROOT } from '../../src/config.js';
import type { Db } from '../../src/graph/db.js';
import { SEEDS_DIR, seedGraph } from '../../src/seed/index.js';
import { apiConfig } from '../helpers/api.js';
import { curationAuth, JWT_SECRET, KEYS } from '../helpers/curation.js';
import { Curation } from '../../src/curation/index.js';
import type { Article, Draft } from '../../src/ingest/draft.js';
import { Ingest } from '../../src/ingest/store.js';
import { ids, ingestTestArticle, testArticle, testDraft } from '../helpers/drafts.js';
import { testDb } from '../helpers/neo4j.js';

const TAG = 'curate-page';
const { envoy } = ids(TAG);

let db: Db;
let server: HttpServer;
let origin: string;
let browser: Browser;
let source: string;

/** A second draft, proposing a new issue and a stance on it that depends on it (built by hand, as the other). */
const ISSUE_TAG = 'curate-issue';
const NEW_ISSUE = `envoy-trade-terms-${ISSUE_TAG}`;
let issueSource: string;

async function ingestIssueDraft(db: Db): Promise<string> {
  const extract = (article: Article): Draft => {
    const draft = testDraft(article, ISSUE_TAG);
    const line = article.text.split('\n')[4]!;
    const evidence = { sentence: line, start: article.text.indexOf(line), end: article.text.indexOf(line) + line.length, rule: 'stance.cue', confidence: 0.7 };
    return {
      ...draft,
      entities: [...draft.entities, { id: NEW_ISSUE, kind: 'ISSUE', name: 'Trade terms (test)', new: true, mentions: [], evidence: { ...evidence, rule: 'issue.new' } }],
      stances: [{ holder: 'united-states', issue: NEW_ISSUE, stance: 'SUPPORTS', attribution: 'REPORTED', asOf: '2026-02-09', quote: null, position: 'Wants trade terms (test).', evidence }],
    };
  };
  const ingest = new Ingest(db, new Curation(db), 200_000, extract);
  const result = await ingest.ingest({ text: testArticle(ISSUE_TAG), title: `Envoy Visit ${ISSUE_TAG}`, publishedAt: '2026-02-09' }, { name: 'test-curator', role: 'curator' });
  return result.sourceId;
}

beforeAll(async () => {
  db = await testDb();
  source = await ingestTestArticle(db, TAG);
  issueSource = await ingestIssueDraft(db);
  server = await startHttpServer({ db, config: apiConfig({ env: 'development', auth: curationAuth() }) });
  origin = new URL(server.url).origin;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  // Accepting wrote to the shared graph: the next file finds the seeded one.
  if (db) await seedGraph(db, SEEDS_DIR, { reset: true });
});

/** A laptop-sized page that records every request it makes. */
async function openPage() {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const sent: string[] = [];
  page.on('request', (r) => sent.push(r.url()));
  return { page, sent };
}

const card = (page: Page, id: string) => page.locator(`.proposal[data-id="${id}"]`);
const pid = (kind: string, key: string) => `${source}/${kind}/${key}`;
const cy = (page: Page, expression: string) => page.evaluate(`(() => { const cy = window.cy; return ${expression}; })()`);

/** The note the page shows next to a proposal after an action ('' while there is none). */
const noteOf = (proposal: Locator): Promise<string> => proposal.locator('.note').innerText({ timeout: 1_000 }).catch(() => '');
const POLL = { timeout: 30_000 };

describe("the curator's page at /curate", () => {
  it('shows a draft with its mentions and evidence, refuses an accept without a key, then accepts, edits and rejects with one', async () => {
    const { page, sent } = await openPage();
    await page.goto(`${origin}/curate`);
    await page.getByRole('button', { name: new RegExp(`Envoy Visit ${TAG}`) }).click();

    // The article, its known and new mentions highlighted.
    await page.locator('#text').waitFor();
    expect(await page.locator('#article h2').innerText()).toBe(`Envoy Visit ${TAG}`);
    expect(await page.locator('#text mark.mention[data-entity="benjamin-netanyahu"]').first().innerText()).toBe('Benjamin Netanyahu');
    expect(await page.locator(`#text mark.mention.new[data-entity="${envoy}"]`).first().innerText()).toBe(`Jane Placeholder ${TAG}`);
    // The proposals, grouped by kind.
    const kinds = await page.locator('#proposals section').evaluateAll((s) => s.map((e) => (e as HTMLElement).dataset.kind));
    expect(kinds).toEqual(['ENTITY', 'EVENT', 'ATTENDANCE', 'AFFILIATION', 'STANCE', 'QUOTE']);
    // A known entity is proposed as its mention; a quote says which stance it would go on.
    expect(await card(page, pid('entity', 'benjamin-netanyahu')).locator('.summary').innerText()).toMatch(/^Benjamin Netanyahu \(actor, in the graph as benjamin-netanyahu\): mentioned in this article/);
    expect(await page.locator('#proposals section[data-kind="QUOTE"] .quoted-in').allInnerTexts()).toEqual([
      'accepting puts the quote on: Benjamin Netanyahu supports iran-talks-scope (reported, as of 2026-02-09)',
      `accepting puts the quote on: Jane Placeholder ${TAG} opposes iran-ballistic-missiles (reported, as of 2026-02-09)`,
    ]);

    // Showing a stance's evidence outlines its sentence in the text, and only it.
    const netanyahuStance = card(page, pid('stance', 'benjamin-netanyahu-supports-iran-talks-scope-2026-02-09'));
    await netanyahuStance.getByRole('button', { name: 'Show evidence' }).click();
    const outlined = await page.locator('#text .evidence').allInnerTexts();
    expect(outlined.join('')).toBe('After the meeting, Netanyahu said he backs the scope of the talks.');
    if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: path.join(ROOT, 'docs', 'curate.png') });

    // Without a key: the API's refusal, next to the proposal, and nothing written.
    const entity = card(page, pid('entity', envoy));
    await entity.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => noteOf(entity), POLL).toMatch(/^UNAUTHENTICATED: /);
    const [row] = await db.read({ name: 'test/actor-count', text: 'MATCH (a:Actor {id: $id}) RETURN count(a) AS n' }, { id: envoy });
    expect(row?.n).toBe(0);

    // With the curator's key: kept for the tab, sent as a Bearer token.
    await page.locator('#key').fill(KEYS.curator);
    await page.getByRole('button', { name: 'Use key' }).click();
    expect(await page.locator('#key-state').innerText()).toMatch(/in use/);
    expect(await page.evaluate(() => sessionStorage.getItem('stancegraph.curatorKey'))).toBe(KEYS.curator);

    // An attendance by the new actor before the actor is accepted: the dependency is named.
    const attendance = card(page, pid('attendance', `${envoy}@${ids(TAG).meeting}`));
    await attendance.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => noteOf(attendance), POLL).toMatch(new RegExp(`^BAD_USER_INPUT: .*${pid('entity', envoy)}`));

    await entity.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => noteOf(entity), POLL).toBe(`Accepted: wrote ${envoy}.`);
    expect(await entity.locator('.badge').innerText()).toBe('accepted');

    // Edit a stance's position, then accept it.
    const position = `Backs the scope of the talks with Iran, as edited on the curator's page (${TAG}).`;
    await netanyahuStance.getByRole('button', { name: 'Edit…' }).click();
    await netanyahuStance.getByLabel('position').fill(position);
    await netanyahuStance.getByRole('button', { name: 'Accept with these edits' }).click();
    await expect.poll(() => noteOf(netanyahuStance), POLL).toMatch(/^Accepted with edits: wrote /);
    expect(await netanyahuStance.innerText()).toContain(`edited position: ${position}`);
    const claimId = (await netanyahuStance.locator('.meta', { hasText: 'accepted by test-curator' }).innerText()).replace(/^.*wrote /, '');
    const [claim] = await db.read({ name: 'test/claim', text: 'MATCH ()-[c:HOLDS_STANCE {id: $id}]->() RETURN c.position AS position' }, { id: claimId });
    expect(claim).toEqual({ position });

    // Reject the envoy's stance, with a reason.
    const envoyStance = page.locator('#proposals section[data-kind="STANCE"] .proposal', { hasText: `Jane Placeholder ${TAG} opposes` });
    await envoyStance.getByRole('button', { name: 'Reject…' }).click();
    await envoyStance.getByLabel('reason').fill('The article reports a wish, not a stance on the missiles.');
    await envoyStance.getByRole('button', { name: 'Reject', exact: true }).click();
    await expect.poll(() => noteOf(envoyStance), POLL).toBe('Rejected: The article reports a wish, not a stance on the missiles.');
    expect(await envoyStance.locator('.badge').innerText()).toBe('rejected');

    // Accept the rest at or above 0.8: the two known entities' mentions, the event, the affiliation and both attendances.
    await page.locator('#min-confidence').fill('0.8');
    await page.getByRole('button', { name: 'Accept all above' }).click();
    await expect.poll(() => page.locator('#bulk .note').innerText(), { timeout: 30_000 }).toBe('Accepted 6 proposals with confidence ≥ 0.8.');
    expect(await attendance.locator('.badge').innerText()).toBe('accepted');
    expect(await page.locator('#status').innerText()).toMatch(/2 pending, 8 accepted, 1 rejected/);
    expect(await card(page, pid('entity', 'united-states')).innerText()).toContain('accepted by test-curator: linked this source to united-states');

    // The accepted actor in the explorer, by the page's own link.
    await entity.getByRole('link', { name: `See Jane Placeholder ${TAG} in the explorer` }).click();
    await page.waitForURL(/\/explore\/?\?focus=/);
    await expect.poll(() => cy(page, `cy.getElementById(${JSON.stringify(envoy)}).selected()`), { timeout: 30_000 }).toBe(true);
    expect(await page.locator('#panel h2').innerText()).toBe(`Jane Placeholder ${TAG}`);

    // And the edited claim, among Netanyahu's.
    await page.goBack();
    await netanyahuStance.getByRole('link', { name: 'See Benjamin Netanyahu in the explorer' }).click();
    await expect.poll(() => cy(page, `cy.getElementById(${JSON.stringify(claimId)}).nonempty()`), { timeout: 30_000 }).toBe(true);

    expect(sent.filter((u) => !new URL(u).hostname.match(/^(localhost|127\.0\.0\.1|\[::1\])$/) && !u.startsWith('data:'))).toEqual([]);
    await page.context().close();
  });

  it('works from the keyboard alone, and shows FORBIDDEN for a credential whose role may not write', async () => {
    const { page } = await openPage();
    await page.goto(`${origin}/curate`);
    await page.locator('#drafts button').first().waitFor();
    // Tab to the draft in the queue and open it with Enter.
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.source ?? null);
    for (let i = 0; i < 12 && (await focused()) !== source; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe(source);
    await page.keyboard.press('Enter');
    await page.locator('#text').waitFor();

    // A reader's token, typed and submitted with Enter: signed in, but refused the write.
    const reader = await new SignJWT({ 'https://stancegraph.example/role': 'reader' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('jwt-reader')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(JWT_SECRET));
    await page.locator('#key').focus();
    await page.keyboard.type(reader);
    await page.keyboard.press('Enter');
    expect(await page.locator('#key-state').innerText()).toMatch(/in use/);

    // Show a quote's evidence with Enter, then Tab to Accept and press Enter.
    const quote = page.locator('#proposals section[data-kind="QUOTE"] .proposal.PENDING').first();
    const id = (await quote.getAttribute('data-id'))!;
    const sameQuote = card(page, id);
    await sameQuote.getByRole('button', { name: 'Show evidence' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#text .evidence').allInnerTexts().then((t) => t.join('')), POLL).toBe(
      await sameQuote.locator('.summary').innerText().then((t) => t.replace(/^.*“(.*)”.*$/s, '$1')),
    );
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Show evidence');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Accept');
    await page.keyboard.press('Enter');
    await expect.poll(() => noteOf(sameQuote), POLL).toBe('FORBIDDEN: acceptProposal needs the role curator or admin; jwt-reader has no role');

    // The admin's key, and the same keys again: accepted.
    await page.locator('#key').fill(KEYS.admin);
    await page.locator('#key').press('Enter');
    await sameQuote.getByRole('button', { name: 'Accept' }).focus();
    await page.keyboard.press('Enter');
    // Netanyahu's quote, on his stance accepted (without a quote) in the first test: the claim gets it.
    await expect.poll(() => noteOf(sameQuote), POLL).toMatch(/^Accepted: put the quote on benjamin-netanyahu-supports-iran-talks-scope-2026-02-09\.$/);
    await page.context().close();
  });

  it('shows a new issue and the stance that needs it, places the issue under a broader one, and accepts them in that order', async () => {
    const { page } = await openPage();
    await page.goto(`${origin}/curate?source=${issueSource}`);
    await page.locator('#text').waitFor();
    await page.locator('#key').fill(KEYS.curator);
    await page.getByRole('button', { name: 'Use key' }).click();
    const issue = card(page, `${issueSource}/entity/${NEW_ISSUE}`);
    expect(await issue.locator('.summary').innerText()).toMatch(new RegExp(`^Trade terms \\(test\\) \\(issue\\) as ${NEW_ISSUE}`));
    const stance = card(page, `${issueSource}/stance/united-states-supports-${NEW_ISSUE}-2026-02-09`);
    expect(await stance.innerText()).toContain('needs first: the entity Trade terms (test) (pending)');
    // A new issue is placed under a broader one from its edit form, which offers no person's title.
    await issue.getByRole('button', { name: 'Edit…' }).click();
    expect(await issue.getByLabel('title').count()).toBe(0);
    await issue.getByLabel('parent').fill('iran-policy');
    await issue.getByRole('button', { name: 'Accept with these edits' }).click();
    await expect.poll(() => noteOf(issue), POLL).toBe(`Accepted with edits: wrote ${NEW_ISSUE}.`);
    const [placed] = await db.read({ name: 'test/new-issue-parent', text: 'MATCH (:Issue {id: $id})-[:PART_OF]->(p:Issue) RETURN p.id AS parent' }, { id: NEW_ISSUE });
    expect(placed).toEqual({ parent: 'iran-policy' });
    await stance.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => noteOf(stance), POLL).toBe(`Accepted: wrote united-states-supports-${NEW_ISSUE}-2026-02-09.`);
    const [row] = await db.read({ name: 'test/new-issue', text: 'MATCH (:Organization {id: "united-states"})-[c:HOLDS_STANCE]->(:Issue {id: $id}) RETURN c.position AS position' }, { id: NEW_ISSUE });
    expect(row).toEqual({ position: 'Wants trade terms (test).' });
    await page.context().close();
  });
});
