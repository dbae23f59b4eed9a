// ingestArticle through GraphQL: the same text twice gives one Source and one draft; every
// bad input is refused with its code and a message naming what was wrong, and writes nothing.
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { ok } from '../helpers/api.js';
import { curationApi, JWT_SECRET } from '../helpers/curation.js';
import { testArticle } from '../helpers/drafts.js';

const api = await curationApi();

const INGEST = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) {
  created draft { source { id title publishedAt publisher } bytes url warnings counts { pending } extracted } } }`;

/** What an ingest may write: a failed one must leave every count as it was. */
async function footprint() {
  const [row] = await api.db.read({
    name: 'test/ingest-footprint',
    text: `RETURN COUNT { (:Source) } AS sources, COUNT { (:SourceText) } AS texts, COUNT { (:Proposal) } AS proposals,
                  COUNT { (:AuditEntry) } AS audit, COUNT { (:Entity) } AS entities`,
  });
  return row;
}

/** A paragraph of French news prose, written for this test. */
const FRENCH =
  "Le Premier ministre israélien doit rencontrer le président américain la semaine prochaine à Washington. Les deux dirigeants discuteront du cessez-le-feu à Gaza, du programme nucléaire iranien et de la normalisation avec l'Arabie saoudite, selon des responsables des deux pays.";

describe('ingestArticle', () => {
  it('stores the Source and its text; the same text again answers the same draft and writes nothing', async () => {
    const input = { text: testArticle('idem'), title: 'Envoy Visit idem', publishedAt: '2026-02-09', publisher: 'Test Wire', url: 'https://example.org/envoy' };
    const first = ok(await api.curator(INGEST, { input })).ingestArticle;
    expect(first.created).toBe(true);
    expect(first.draft.source).toEqual({ id: 'envoy-visit-idem-2026-02-09', title: 'Envoy Visit idem', publishedAt: '2026-02-09', publisher: 'Test Wire' });
    expect(first.draft).toMatchObject({ bytes: Buffer.byteLength(input.text), url: input.url, warnings: [] });
    // The stored extraction has the documented shape.
    expect(Object.keys(first.draft.extracted)).toEqual(expect.arrayContaining(['source', 'entities', 'quotes', 'events', 'attendances', 'affiliations', 'stances']));
    const after = await footprint();
    // Another title, another curator, the same text: the first draft, nothing new.
    const again = ok(await api.admin(INGEST, { input: { ...input, title: 'Another title' } })).ingestArticle;
    expect(again).toEqual({ ...first, created: false });
    // Windows line endings are the same text.
    const crlf = ok(await api.curator(INGEST, { input: { ...input, text: input.text.replace(/\n/g, '\r\n') } })).ingestArticle;
    expect(crlf.created).toBe(false);
    expect(await footprint()).toEqual(after);
    const [audit] = await api.db.read({ name: 'test/audit', text: `MATCH (a:AuditEntry {operation: 'ingestArticle'}) WHERE $id IN a.touched RETURN count(a) AS n, collect(a.by) AS by` }, { id: first.draft.source.id });
    expect(audit).toEqual({ n: 1, by: ['test-curator'] });
  });

  it('ingests of one text at once make one Source', async () => {
    const input = { text: testArticle('race'), title: 'Envoy Visit race', publishedAt: '2026-02-09' };
    const results = await Promise.all([api.curator(INGEST, { input }), api.admin(INGEST, { input }), api.curator(INGEST, { input })]);
    const answers = results.map((r) => ok(r).ingestArticle);
    expect(answers.filter((a) => a.created)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.draft.source.id))).toEqual(new Set(['envoy-visit-race-2026-02-09']));
    const [row] = await api.db.read({ name: 'test/texts', text: `MATCH (t:SourceText {sourceId: 'envoy-visit-race-2026-02-09'}) RETURN count(t) AS n` });
    expect(row!.n).toBe(1);
  });

  it('without a publication date: ingested, relative dates left unresolved, and the draft says so', async () => {
    const { ingestArticle } = ok(await api.curator(INGEST, { input: { text: testArticle('undated'), title: 'Envoy Visit undated' } }));
    expect(ingestArticle.draft.source).toMatchObject({ id: 'envoy-visit-undated', publishedAt: null });
    expect(ingestArticle.draft.warnings.filter((w: string) => /no publication date/i.test(w))).toHaveLength(1);
    // "on Monday" resolves against a publication date; without one, no date the draft gives is resolved.
    const dates = (d: any) => [...d.events.map((e: any) => e.date), ...d.stances.map((x: any) => x.asOf)].filter((v: unknown) => v !== null);
    const dated = ok(await api.curator(INGEST, { input: { text: testArticle('undated-but-dated'), title: 'Envoy Visit dated', publishedAt: '2026-02-09' } }));
    expect(dates(dated.ingestArticle.draft.extracted).length).toBeGreaterThan(0);
    expect(dates(ingestArticle.draft.extracted)).toEqual([]);
  });

  it('refuses a source id another node already has', async () => {
    const before = await footprint();
    const r = await api.curator(INGEST, { input: { text: testArticle('taken'), title: 'taken', id: 'donald-trump' } });
    expect(r.codes).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.message).toContain('input.id = "donald-trump": a node of the graph (actors) already has this id');
    expect(await footprint()).toEqual(before);
  });

  describe('bad input: a clear error with its code, and nothing written', () => {
    const cases: Array<[string, Record<string, unknown>, RegExp]> = [
      ['empty text', { text: '' }, /^input\.text: empty text; nothing was written$/],
      ['whitespace only', { text: ' \n\t \n' }, /^input\.text: only whitespace \(5 characters\); nothing was written$/],
      ['a NUL byte', { text: `${testArticle('nul')}\u0000PK\u0003\u0004` }, /^input\.text: holds the control character U\+0000 at offset \d+: binary data, not article text; nothing was written$/],
      ['a control byte', { text: `${testArticle('ctl')}\u001B[31m` }, /control character U\+001B/],
      ['over the size limit', { text: testArticle('big').repeat(1 + Math.ceil(200_000 / testArticle('big').length)) }, /^input\.text: \d+ bytes, over the limit of 200000 \(STANCEGRAPH_INGEST_MAX_BYTES\)/],
      ['a non-English article', { text: FRENCH }, /^input\.text: does not read as English \(0% of its 42 words are common English words, under 15%\): the extractor reads English only; nothing was written$/],
      ['an empty title', { text: testArticle('untitled'), title: '  ' }, /^input\.title: empty title/],
      ['a publication date that is no day', { text: testArticle('baddate'), publishedAt: '2026-02-30' }, /^input\.publishedAt = "2026-02-30": not a date/],
      ['an id that is no slug', { text: testArticle('badid'), id: 'Not A Slug' }, /^input\.id = "Not A Slug": not a slug/],
    ];
    it.each(cases)('%s', async (_, fields, message) => {
      const before = await footprint();
      const r = await api.curator(INGEST, { input: { title: 'A test', publishedAt: '2026-02-09', ...fields } });
      expect(r.codes).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0]!.message).toMatch(message);
      expect(await footprint()).toEqual(before);
    });

    it('without a credential: UNAUTHENTICATED; with a role that may not write: FORBIDDEN', async () => {
      const before = await footprint();
      const input = { text: testArticle('noauth'), title: 'Envoy Visit noauth', publishedAt: '2026-02-09' };
      const none = await api.run(INGEST, { input });
      expect(none.codes).toEqual(['UNAUTHENTICATED']);
      const reader = await new SignJWT({ 'https://stancegraph.example/role': 'reader' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('jwt-reader')
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(JWT_SECRET));
      const forbidden = await api.run(INGEST, { input }, `Bearer ${reader}`);
      expect(forbidden.codes).toEqual(['FORBIDDEN']);
      expect(forbidden.errors![0]!.message).toBe('ingestArticle needs the role curator or admin; jwt-reader has no role');
      for (const mutation of [
        `mutation { acceptProposal(id: "x") { id } }`,
        `mutation { rejectProposal(id: "x", reason: "r") { id } }`,
        `mutation { acceptDraft(source: "x") { accepted { id } } }`,
      ]) {
        expect((await api.run(mutation)).codes).toEqual(['UNAUTHENTICATED']);
        expect((await api.run(mutation, {}, `Bearer ${reader}`)).codes).toEqual(['FORBIDDEN']);
      }
      expect(await footprint()).toEqual(before);
    });
  });
});
