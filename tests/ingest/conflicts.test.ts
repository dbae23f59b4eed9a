// What may happen between a draft and its review: two curators accept one proposal at once,
// an entity it names is merged away, the claim it would record is retracted, another source
// already holds the claim. Each ends in one clear answer and nothing half-written.
import { describe, expect, it } from 'vitest';
import { ok } from '../helpers/api.js';
import { auditEntries, curationApi } from '../helpers/curation.js';
import { ids, ingestTestArticle } from '../helpers/drafts.js';

const api = await curationApi();

const ACCEPT = `mutation ($id: ID!, $edits: ProposalEdits) { acceptProposal(id: $id, edits: $edits) { id status result decidedBy } }`;
const pid = (source: string, kind: string, key: string) => `${source}/${kind}/${key}`;

describe('two curators accepting the same proposal at once', () => {
  it('exactly one wins; the other gets a clear error; the entity is written once', async () => {
    const source = await ingestTestArticle(api.db, 'concurrent');
    const { envoy } = ids('concurrent');
    const id = pid(source, 'entity', envoy);
    const results = await Promise.all([api.curator(ACCEPT, { id }), api.admin(ACCEPT, { id }), api.curator(ACCEPT, { id })]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost.map((r) => r.codes)).toEqual([['BAD_USER_INPUT'], ['BAD_USER_INPUT']]);
    const winner = won[0]!.data!.acceptProposal.decidedBy;
    for (const r of lost) expect(r.errors![0]!.message).toContain(`proposal ${id}: already accepted at`);
    for (const r of lost) expect(r.errors![0]!.message).toContain(`by ${winner}`);
    const writes = (await auditEntries(api.db)).filter((e) => e.touched.includes(envoy));
    expect(writes.map((e) => e.operation).sort()).toEqual(['acceptProposal', 'upsertActor']);
  });

  it('acceptDraft racing acceptProposal: each proposal is accepted once', async () => {
    const source = await ingestTestArticle(api.db, 'race-draft');
    const { envoy } = ids('race-draft');
    const [whole, one] = await Promise.all([
      api.curator(`mutation ($s: ID!) { acceptDraft(source: $s, minConfidence: 0.5) { accepted { id } } }`, { s: source }),
      api.admin(ACCEPT, { id: pid(source, 'entity', envoy) }),
    ]);
    // Whichever locked the entity's proposal second found it decided: it was accepted by exactly one of them.
    const entity = pid(source, 'entity', envoy);
    const acceptedBy = [
      ...(whole.errors ? [] : whole.data!.acceptDraft.accepted.filter((p: any) => p.id === entity).map(() => 'acceptDraft')),
      ...(one.errors ? [] : ['acceptProposal']),
    ];
    expect(acceptedBy).toHaveLength(1);
    for (const r of [whole, one].filter((x) => x.errors)) expect(r.errors![0]!.message).toContain(`proposal ${entity}: already accepted`);
    const [row] = await api.db.read({ name: 'test/decided', text: `MATCH (p:Proposal {id: $id}) RETURN p.status AS status`, }, { id: pid(source, 'entity', envoy) });
    expect(row!.status).toBe('ACCEPTED');
    const upserts = (await auditEntries(api.db)).filter((e) => e.operation === 'upsertActor' && e.touched.includes(envoy));
    expect(upserts).toHaveLength(1);
  });
});

describe('the graph changed since the draft', () => {
  it('an entity merged away: the error names where it went; edited to it, the proposal is accepted', async () => {
    const source = await ingestTestArticle(api.db, 'merged');
    const { envoy } = ids('merged');
    ok(await api.curator(ACCEPT, { id: pid(source, 'entity', envoy) }));
    ok(await api.curator(`mutation { upsertActor(input: { id: "test-keeper-merged", name: "Keeper" }) { id } }`));
    ok(await api.admin(`mutation { mergeEntities(keep: "test-keeper-merged", duplicate: "${envoy}") { id } }`));
    const affiliation = pid(source, 'affiliation', `${envoy}@united-states`);
    const refused = await api.curator(ACCEPT, { id: affiliation });
    expect(refused.codes).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.message).toBe(
      `proposal ${affiliation}: actor = "${envoy}" was merged into test-keeper-merged since the draft was made: accept it with edits {actor: "test-keeper-merged"}, or reject it; nothing was written`,
    );
    const { acceptProposal } = ok(await api.curator(ACCEPT, { id: affiliation, edits: { actor: 'test-keeper-merged' } }));
    expect(acceptProposal.result).toBe('AFFILIATED_WITH:test-keeper-merged->united-states');
  });

  it('a claim retracted meanwhile: accepting a proposal of it is refused, naming the retraction', async () => {
    const a = await ingestTestArticle(api.db, 'retract-a', { publishedAt: '2026-03-02' });
    const b = await ingestTestArticle(api.db, 'retract-b', { publishedAt: '2026-03-02' });
    const claim = 'benjamin-netanyahu-supports-iran-talks-scope-2026-03-02';
    ok(await api.curator(ACCEPT, { id: pid(a, 'stance', claim) }));
    ok(await api.curator(`mutation { retractStance(id: "${claim}", reason: "Test: misread the article") { id } }`));
    const refused = await api.curator(ACCEPT, { id: pid(b, 'stance', claim) });
    expect(refused.codes).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.message).toMatch(
      new RegExp(`^proposal ${pid(b, 'stance', claim)}: the claim it records, ${claim}, was retracted at \\S+ by test-curator \\("Test: misread the article"\\): edit asOf or stance to make a new claim, or reject it; nothing was written$`),
    );
    const [row] = await api.db.read({ name: 'test/status', text: `MATCH (p:Proposal {id: $id}) RETURN p.status AS status` }, { id: pid(b, 'stance', claim) });
    expect(row!.status).toBe('PENDING');
  });

  it('a claim another source already holds gains this source beside its own', async () => {
    const a = await ingestTestArticle(api.db, 'both-a', { publishedAt: '2026-03-03' });
    const b = await ingestTestArticle(api.db, 'both-b', { publishedAt: '2026-03-03' });
    const claim = 'benjamin-netanyahu-supports-iran-talks-scope-2026-03-03';
    ok(await api.curator(ACCEPT, { id: pid(a, 'stance', claim) }));
    ok(await api.curator(ACCEPT, { id: pid(b, 'stance', claim) }));
    const { stances } = ok(await api.run(`query ($s: ID!) { stances(filter: {source: $s}) { edges { node { id sources { id } } } } }`, { s: b }));
    expect(stances.edges.map((e: any) => e.node)).toEqual([{ id: claim, sources: [{ id: a }, { id: b }] }]);
  });

  it('an entity proposed anew but created meanwhile by someone else: refused, not overwritten', async () => {
    const source = await ingestTestArticle(api.db, 'created-meanwhile');
    const { envoy } = ids('created-meanwhile');
    ok(await api.curator(`mutation { upsertActor(input: { id: "${envoy}", name: "Made by hand", title: "kept" }) { id } }`));
    const refused = await api.curator(ACCEPT, { id: pid(source, 'entity', envoy) });
    expect(refused.errors![0]!.message).toContain(`id = "${envoy}" is already in the graph (one of the actors); accepting would replace it`);
    const { actor } = ok(await api.run(`query ($id: ID!) { actor(id: $id) { name title } }`, { id: envoy }));
    expect(actor).toEqual({ name: 'Made by hand', title: 'kept' });
  });

  it('a known entity merged away: its mention names where it went; edited to it, the kept node is mentioned', async () => {
    const source = await ingestTestArticle(api.db, 'mention-merged');
    ok(await api.curator(`mutation { upsertActor(input: { id: "test-bibi-mention-merged", name: "Bibi (test)" }) { id } }`));
    ok(await api.admin(`mutation { mergeEntities(keep: "test-bibi-mention-merged", duplicate: "benjamin-netanyahu") { id } }`));
    const id = pid(source, 'entity', 'benjamin-netanyahu');
    const refused = await api.curator(ACCEPT, { id });
    expect(refused.codes).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.message).toBe(
      `proposal ${id}: id = "benjamin-netanyahu" was merged into test-bibi-mention-merged since the draft was made: accept it with edits {id: "test-bibi-mention-merged"}, or reject it; nothing was written`,
    );
    ok(await api.curator(ACCEPT, { id, edits: { id: 'test-bibi-mention-merged' } }));
    const { actor } = ok(await api.run(`{ actor(id: "test-bibi-mention-merged") { sources { id } } }`));
    expect(actor.sources).toContainEqual({ id: source });
  });
});

describe('two drafts naming one entity, accepted at once', () => {
  it('both mentions are recorded: neither upsert of the entity loses the other\'s source', async () => {
    const [a, b, c] = await Promise.all(['together-a', 'together-b', 'together-c'].map((t) => ingestTestArticle(api.db, t)));
    const results = await Promise.all([a, b, c].map((s, i) => (i % 2 ? api.admin : api.curator)(ACCEPT, { id: pid(s!, 'entity', 'united-states') })));
    for (const r of results) expect(r.errors).toBeUndefined();
    const { organization } = ok(await api.run(`{ organization(id: "united-states") { sources { id } } }`));
    expect(organization.sources).toEqual(expect.arrayContaining([{ id: a }, { id: b }, { id: c }]));
  });
});
