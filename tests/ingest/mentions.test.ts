// Accepting a draft links the article to what it mentions as the seeds do (MENTIONED_IN), sets
// the status an article reports for an event the graph holds, creates a new issue a stance
// depends on, and puts an accepted quote on its speaker's stance: each through the curation
// mutation of its kind (audit entry, history), on the real Neo4j.
import { describe, expect, it } from 'vitest';
import { Curation } from '../../src/curation/index.js';
import { exportRecords } from '../../src/export/index.js';
import type { Draft, DraftEvent, Evidence } from '../../src/ingest/draft.js';
import { Ingest } from '../../src/ingest/store.js';
import { ok } from '../helpers/api.js';
import { auditEntries, curationApi } from '../helpers/curation.js';
import { ids, testArticle, testDraft } from '../helpers/drafts.js';

const api = await curationApi();

const ACCEPT = `mutation ($id: ID!, $edits: ProposalEdits) { acceptProposal(id: $id, edits: $edits) { id status result } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectProposal(id: $id, reason: $reason) { id status } }`;
const ACCEPT_DRAFT = `mutation ($source: ID!, $min: Float) { acceptDraft(source: $source, minConfidence: $min) { accepted { id kind result } } }`;
const PROPOSALS = `query ($source: ID!) { draft(source: $source) { proposals { id kind status existing target result
  eventStatus { current atDraft proposed changes } quotedIn { id } } } }`;
const pid = (source: string, kind: string, key: string) => `${source}/${kind}/${key}`;

/** A sentence of the test article, as evidence. */
function sentence(text: string, line: number, rule: string, confidence = 0.8): Evidence {
  const s = text.split('\n')[line]!;
  const start = text.indexOf(s);
  return { sentence: s, start, end: start + s.length, rule, confidence };
}

/** Ingests the test article of `tag` with the test draft, changed by `change`, and answers the source id. */
async function ingestWith(tag: string, change: (draft: Draft, text: string) => Draft = (d) => d, publishedAt = '2026-02-12'): Promise<string> {
  const ingest = new Ingest(api.db, new Curation(api.db), 200_000, (article) => change(testDraft(article, tag), article.text));
  const result = await ingest.ingest({ text: testArticle(tag), title: `Envoy Visit ${tag}`, publishedAt }, { name: 'test-curator', role: 'curator' });
  return result.sourceId;
}

/** Ids of the nodes the graph says the source mentions. */
async function mentionedIn(source: string): Promise<string[]> {
  const rows = await api.db.read({ name: 'test/mentioned-in', text: 'MATCH (n:Entity)-[:MENTIONED_IN]->(:Source {id: $id}) RETURN n.id AS id ORDER BY id' }, { id: source });
  return rows.map((r) => r.id as string);
}

/** Who last wrote a node (not a field of the API). */
async function updatedBy(id: string): Promise<unknown> {
  const [row] = await api.db.read({ name: 'test/updated-by', text: 'MATCH (n:Entity {id: $id}) RETURN n.updatedBy AS by' }, { id });
  return row?.by;
}

/** The draft's view of an existing event the article reports in `status`. */
const knownEvent = (text: string, id: string, status: DraftEvent['status']): DraftEvent => ({
  id,
  new: false,
  name: 'an event of the graph',
  kind: 'MEETING',
  status,
  date: null,
  datePrecision: null,
  location: null,
  participants: ['benjamin-netanyahu'],
  evidence: sentence(text, 2, 'event.verb-tense'),
});

const WHITE_HOUSE = 'netanyahu-trump-white-house-meeting-2026-02-11';
const BUDGET = 'israeli-budget-deadline-2026-03';

describe('a draft accepted links its source to what it mentions, as the seeds do', () => {
  it('a known entity\'s proposal records its MENTIONED_IN through its upsert; the entity\'s sources, graph and audit show it', async () => {
    const source = await ingestWith('mention');
    const id = pid(source, 'entity', 'benjamin-netanyahu');
    const { draft } = ok(await api.run(PROPOSALS, { source }));
    expect(draft.proposals.find((p: any) => p.id === id)).toMatchObject({ kind: 'ENTITY', existing: true, target: 'benjamin-netanyahu', status: 'PENDING' });
    expect(await mentionedIn(source)).toEqual([]);

    const { acceptProposal } = ok(await api.curator(ACCEPT, { id }));
    expect(acceptProposal).toEqual({ id, status: 'ACCEPTED', result: 'benjamin-netanyahu' });
    expect(await mentionedIn(source)).toEqual(['benjamin-netanyahu']);
    const { actor, graph } = ok(
      await api.run(`query ($s: ID!) { actor(id: "benjamin-netanyahu") { name sources { id } }
        graph(ids: [$s], depth: 1) { edges { type source target } } }`, { s: source }),
    );
    expect(actor.name).toBe('Benjamin Netanyahu');
    expect(actor.sources.map((s: any) => s.id)).toContain(source);
    expect(await updatedBy('benjamin-netanyahu')).toBe('test-curator');
    expect(graph.edges).toContainEqual({ type: 'MENTIONED_IN', source: 'benjamin-netanyahu', target: source });
    const upsert = (await auditEntries(api.db)).filter((e) => e.operation === 'upsertActor' && e.touched.includes('benjamin-netanyahu')).at(-1)!;
    expect(upsert.by).toBe('test-curator');
    expect(upsert.arguments.input.sources).toContain(source);
    expect(upsert.before['benjamin-netanyahu'].name).toBe('Benjamin Netanyahu');
  });

  it('edits a mention cannot take are refused; a mention the graph holds already writes nothing but the decision', async () => {
    const source = await ingestWith('mention-again');
    const id = pid(source, 'entity', 'united-states');
    const renamed = await api.curator(ACCEPT, { id, edits: { name: 'USA' } });
    expect(renamed.codes).toEqual(['BAD_USER_INPUT']);
    expect(renamed.errors![0]!.message).toContain('edits.name cannot be edited on a ENTITY proposal of united-states, which the graph holds (its fields: id;');
    const upserts = async () => (await auditEntries(api.db)).filter((e) => e.operation === 'upsertOrganization' && e.touched.includes('united-states')).length;
    const before = await upserts();
    ok(await api.curator(ACCEPT, { id }));
    expect(await upserts()).toBe(before + 1);
    // Another proposal of the draft, edited to name the same organization: the link exists, so only the decision is written.
    const other = pid(source, 'entity', 'benjamin-netanyahu');
    const { acceptProposal } = ok(await api.curator(ACCEPT, { id: other, edits: { id: 'united-states' } }));
    expect(acceptProposal).toEqual({ id: other, status: 'ACCEPTED', result: 'united-states' });
    expect(await upserts()).toBe(before + 1);
    expect(await mentionedIn(source)).toEqual(['united-states']);
    const again = await api.curator(ACCEPT, { id });
    expect(again.errors![0]!.message).toContain('already accepted');
    expect(await upserts()).toBe(before + 1);
  });

  it('acceptDraft links the source to every actor, organization, issue and event it names, new or known', async () => {
    const source = await ingestWith('whole-mentions');
    const { envoy, meeting } = ids('whole-mentions');
    ok(await api.curator(ACCEPT_DRAFT, { source, min: 0.5 }));
    // As a seed record would: the draft's model entities and events, not its place.
    expect(await mentionedIn(source)).toEqual(['benjamin-netanyahu', envoy, meeting, 'united-states'].sort());
    // And npm run export writes the links into the records, as a seed file holds them.
    const records = await exportRecords(api.db);
    const sourcesOf = (kind: 'actors' | 'organizations' | 'events', id: string) => records[kind].find((r) => r.id === id)?.sources;
    expect(sourcesOf('actors', 'benjamin-netanyahu')).toContain(source);
    expect(sourcesOf('organizations', 'united-states')).toContain(source);
    expect(sourcesOf('actors', envoy)).toEqual([source]);
    expect(sourcesOf('events', meeting)).toEqual([source]);
  });
});

describe('an event the graph holds, reported in another status', () => {
  it('shows the status now and the one proposed; accepting sets it through upsertEvent, keeping the rest of its record', async () => {
    const source = await ingestWith('status', (d, text) => ({ ...d, events: [...d.events, knownEvent(text, WHITE_HOUSE, 'HELD')] }));
    const id = pid(source, 'event', WHITE_HOUSE);
    const { draft } = ok(await api.run(PROPOSALS, { source }));
    expect(draft.proposals.find((p: any) => p.id === id)).toMatchObject({
      kind: 'EVENT',
      existing: true,
      eventStatus: { current: 'PLANNED', atDraft: 'PLANNED', proposed: 'HELD', changes: true },
    });
    const EVENT = `{ event(id: "${WHITE_HOUSE}") { status date location issues { id } sources { id } } }`;
    const before = ok(await api.run(EVENT)).event;
    expect(before.status).toBe('PLANNED');

    ok(await api.curator(ACCEPT, { id }));
    const after = ok(await api.run(EVENT)).event;
    expect(after).toEqual({
      ...before,
      status: 'HELD',
      sources: expect.arrayContaining([...before.sources, { id: source }]),
    });
    expect(await updatedBy(WHITE_HOUSE)).toBe('test-curator');
    expect(after.sources).toHaveLength(before.sources.length + 1);
    const upsert = (await auditEntries(api.db)).filter((e) => e.operation === 'upsertEvent' && e.touched.includes(WHITE_HOUSE)).at(-1)!;
    expect(upsert.arguments.input).toMatchObject({ status: 'HELD', date: '2026-02-11' });
    expect(upsert.before[WHITE_HOUSE].status).toBe('PLANNED');
    const shown = ok(await api.run(PROPOSALS, { source })).draft.proposals.find((p: any) => p.id === id);
    expect(shown.eventStatus).toEqual({ current: 'HELD', atDraft: 'PLANNED', proposed: 'HELD', changes: false });
  });

  it('a status changed by someone else since the draft is not overwritten unasked', async () => {
    const held = await ingestWith('status-held', (d, text) => ({ ...d, events: [...d.events, knownEvent(text, BUDGET, 'HELD')] }));
    const cancelled = await ingestWith('status-cancelled', (d, text) => ({ ...d, events: [...d.events, knownEvent(text, BUDGET, 'CANCELLED')] }));
    ok(await api.curator(ACCEPT, { id: pid(held, 'event', BUDGET) }));
    const id = pid(cancelled, 'event', BUDGET);
    const refused = await api.curator(ACCEPT, { id });
    expect(refused.codes).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.message).toBe(
      `proposal ${id}: ${BUDGET} is HELD now, not PLANNED as when the draft was made: accept it with edits {status: "CANCELLED"} to set it anyway, or reject it; nothing was written`,
    );
    expect(ok(await api.run(`{ event(id: "${BUDGET}") { status } }`)).event.status).toBe('HELD');
    ok(await api.curator(ACCEPT, { id, edits: { status: 'CANCELLED' } }));
    expect(ok(await api.run(`{ event(id: "${BUDGET}") { status sources { id } } }`)).event).toMatchObject({ status: 'CANCELLED', sources: expect.arrayContaining([{ id: held }, { id: cancelled }]) });
  });
});

describe('a new issue', () => {
  it('is created through upsertIssue when its ENTITY proposal is accepted, and the stance on it after', async () => {
    const tag = 'new-issue';
    const issue = `envoy-trade-terms-${tag}`;
    const source = await ingestWith(tag, (d, text) => ({
      ...d,
      entities: [...d.entities, { id: issue, kind: 'ISSUE', name: `Trade terms with Israel (${tag})`, new: true, mentions: [], evidence: sentence(text, 4, 'issue.new', 0.7) }],
      stances: [
        ...d.stances,
        { holder: 'benjamin-netanyahu', issue, stance: 'SUPPORTS', attribution: 'REPORTED', asOf: '2026-02-12', quote: null, position: 'Backs new trade terms (test).', evidence: sentence(text, 3, 'stance.cue', 0.7) },
      ],
    }));
    const stance = pid(source, 'stance', `benjamin-netanyahu-supports-${issue}-2026-02-12`);
    const early = await api.curator(ACCEPT, { id: stance });
    expect(early.errors![0]!.message).toContain(`issue = "${issue}" is proposed by ${pid(source, 'entity', issue)} (ENTITY), which is PENDING: accept it first`);
    ok(await api.curator(ACCEPT, { id: pid(source, 'entity', issue) }));
    expect((await auditEntries(api.db)).filter((e) => e.operation === 'upsertIssue' && e.touched.includes(issue))).toHaveLength(1);
    ok(await api.curator(ACCEPT, { id: stance }));
    const { issue: read } = ok(await api.run(`query ($id: ID!) { issue(id: $id) { name sources { id } stances { holder { id } stance } } }`, { id: issue }));
    expect(read).toEqual({
      name: `Trade terms with Israel (${tag})`,
      sources: [{ id: source }],
      stances: [{ holder: { id: 'benjamin-netanyahu' }, stance: 'SUPPORTS' }],
    });
  });
  it('is placed under a broader issue when the curator gives a parent; an unknown parent is refused and writes nothing', async () => {
    const tag = 'new-issue-parent';
    const issue = `envoy-sanctions-relief-${tag}`;
    const source = await ingestWith(tag, (d, text) => ({
      ...d,
      entities: [...d.entities, { id: issue, kind: 'ISSUE', name: `Sanctions relief (${tag})`, new: true, mentions: [], evidence: sentence(text, 4, 'issue.new', 0.7) }],
    }));
    const id = pid(source, 'entity', issue);
    const unknown = await api.curator(ACCEPT, { id, edits: { parent: 'no-such-issue' } });
    expect(unknown.codes).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors![0]!.message).toContain('no-such-issue');
    expect(ok(await api.run(`query ($id: ID!) { issue(id: $id) { id } }`, { id: issue })).issue).toBeNull();
    ok(await api.curator(ACCEPT, { id, edits: { parent: 'iran-policy' } }));
    const { issue: read } = ok(await api.run(`query ($id: ID!) { issue(id: $id) { parent { id } } }`, { id: issue }));
    expect(read).toEqual({ parent: { id: 'iran-policy' } });
  });
});

describe('a quote is evidence of its speaker\'s stance', () => {
  // Each test dates its article apart, so each records a claim of its own (the claim id holds asOf).
  const QUOTE = 'he backs the scope of the talks';
  const setUp = async (tag: string, day: string) => {
    const source = await ingestWith(tag, (d) => d, day);
    const start = testArticle(tag).indexOf(QUOTE);
    const claim = `benjamin-netanyahu-supports-iran-talks-scope-${day}`;
    return { source, claim, quote: pid(source, 'quote', `${start}-${start + QUOTE.length}`), stance: pid(source, 'stance', claim) };
  };
  const quoteOf = async (claim: string) => {
    const [row] = await api.db.read({ name: 'test/claim-quote', text: 'MATCH ()-[r:HOLDS_STANCE {id: $id}]->() RETURN r.quote AS quote' }, { id: claim });
    return row?.quote ?? null;
  };

  it('a quote lists the stance it belongs to; accepted first, the stance takes it when accepted', async () => {
    const { source, claim, quote, stance } = await setUp('quote-first', '2026-04-01');
    const { draft } = ok(await api.run(PROPOSALS, { source }));
    expect(draft.proposals.find((p: any) => p.id === quote).quotedIn).toEqual([{ id: stance }]);
    expect(draft.proposals.find((p: any) => p.id === stance).quotedIn).toEqual([{ id: quote }]);
    // The other quote is the envoy's, in the sentence of the envoy's stance: it belongs there, not to Netanyahu's.
    const envoyStance = pid(source, 'stance', 'jane-placeholder-quote-first-opposes-iran-ballistic-missiles-2026-04-01');
    expect(draft.proposals.filter((p: any) => p.kind === 'QUOTE' && p.id !== quote).map((p: any) => p.quotedIn)).toEqual([[{ id: envoyStance }]]);
    expect(ok(await api.curator(ACCEPT, { id: quote })).acceptProposal).toEqual({ id: quote, status: 'ACCEPTED', result: null });
    ok(await api.curator(ACCEPT, { id: stance }));
    expect(await quoteOf(claim)).toBe(QUOTE);
  });

  it('accepted after its stance, it goes on the claim through recordStance', async () => {
    const { claim, quote, stance } = await setUp('quote-after', '2026-04-02');
    ok(await api.curator(ACCEPT, { id: stance }));
    expect(await quoteOf(claim)).toBeNull();
    const records = async () => (await auditEntries(api.db)).filter((e) => e.operation === 'recordStance' && e.touched.includes(claim));
    expect(await records()).toHaveLength(1);
    expect(ok(await api.curator(ACCEPT, { id: quote })).acceptProposal.result).toBe(claim);
    expect(await quoteOf(claim)).toBe(QUOTE);
    expect((await records()).map((e) => e.by)).toEqual(['test-curator', 'test-curator']);
    const decision = (await auditEntries(api.db)).find((e) => e.operation === 'acceptProposal' && e.touched.includes(quote))!;
    expect(decision.touched).toEqual([quote, claim]);
  });

  it('rejected, the extractor\'s copy of it stays off the stance; acceptDraft gives the stance an accepted one', async () => {
    const rejected = await ingestWith('quote-rejected', (d) => ({ ...d, stances: d.stances.map((s) => ({ ...s, quote: s.holder === 'benjamin-netanyahu' ? QUOTE : s.quote })) }), '2026-04-03');
    const start = testArticle('quote-rejected').indexOf(QUOTE);
    ok(await api.curator(REJECT, { id: pid(rejected, 'quote', `${start}-${start + QUOTE.length}`), reason: 'Test: the speaker is someone else.' }));
    ok(await api.curator(ACCEPT, { id: pid(rejected, 'stance', 'benjamin-netanyahu-supports-iran-talks-scope-2026-04-03') }));
    expect(await quoteOf('benjamin-netanyahu-supports-iran-talks-scope-2026-04-03')).toBeNull();

    const { source, claim } = await setUp('quote-draft', '2026-04-04');
    ok(await api.curator(ACCEPT_DRAFT, { source, min: 0.5 }));
    expect(await quoteOf(claim)).toBe(QUOTE);
  });
});
