import { describe, expect, it } from 'vitest';
import { ok } from '../helpers/api.js';
import { auditEntries, curationApi } from '../helpers/curation.js';
import { ids, ingestTestArticle } from '../helpers/drafts.js';

const api = await curationApi();

const DRAFT = `query ($source: ID!) { draft(source: $source) {
  source { id title publishedAt } bytes warnings counts { pending accepted rejected }
  mentions { id new spans { start end text } }
  proposals { id kind status confidence dependsOn target result reason decidedBy payload evidence { sentence start end rule confidence } }
} }`;
const ACCEPT = `mutation ($id: ID!, $edits: ProposalEdits) { acceptProposal(id: $id, edits: $edits) { id status result decidedBy edits } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectProposal(id: $id, reason: $reason) { id status reason decidedBy decidedAt } }`;
const ACCEPT_DRAFT = `mutation ($source: ID!, $min: Float) { acceptDraft(source: $source, minConfidence: $min) { accepted { id kind result } draft { counts { pending accepted rejected } } } }`;

const pid = (source: string, kind: string, key: string) => `${source}/${kind}/${key}`;

describe('the draft in the graph, through GraphQL', () => {
  it('draft(source:) answers the source, its text, every proposal with its evidence and dependencies', async () => {
    const source = await ingestTestArticle(api.db, 'shape');
    const { envoy, meeting } = ids('shape');
    const { draft } = ok(await api.run(DRAFT, { source }));
    expect(draft.source).toEqual({ id: 'envoy-visit-shape-2026-02-09', title: 'Envoy Visit shape', publishedAt: '2026-02-09' });
    expect(draft.counts).toEqual({ pending: 11, accepted: 0, rejected: 0 });
    const kinds = draft.proposals.map((p: any) => p.kind);
    expect(new Set(kinds)).toEqual(new Set(['ENTITY', 'EVENT', 'QUOTE', 'ATTENDANCE', 'AFFILIATION', 'STANCE']));
    // What others depend on comes first; actors, organizations and issues, new or known (their mention), become ENTITY proposals, places not.
    expect(kinds.indexOf('ENTITY')).toBe(0);
    expect(draft.proposals.filter((p: any) => p.kind === 'ENTITY').map((p: any) => [p.target, p.payload.new])).toEqual([
      ['benjamin-netanyahu', false],
      [envoy, true],
      ['united-states', false],
    ]);
    const byId = new Map(draft.proposals.map((p: any) => [p.id, p]));
    expect((byId.get(pid(source, 'attendance', `${envoy}@${meeting}`)) as any).dependsOn.sort()).toEqual(
      [pid(source, 'entity', envoy), pid(source, 'event', meeting)].sort(),
    );
    expect((byId.get(pid(source, 'stance', 'benjamin-netanyahu-supports-iran-talks-scope-2026-02-09')) as any).dependsOn).toEqual([]);
    const entity = byId.get(pid(source, 'entity', envoy)) as any;
    expect(entity.evidence).toMatchObject({ rule: 'entity.apposition', confidence: 0.9 });
    expect(entity.payload).toMatchObject({ id: envoy, kind: 'ACTOR', title: 'trade envoy' });
    // Evidence offsets index the stored text.
    const { draft: withText } = ok(await api.run(`query ($s: ID!) { draft(source: $s) { text excerpt(start: ${entity.evidence.start}, length: ${entity.evidence.end - entity.evidence.start}) } }`, { s: source }));
    expect(withText.excerpt).toBe(entity.evidence.sentence);
    expect(withText.text.slice(entity.evidence.start, entity.evidence.end)).toBe(entity.evidence.sentence);
    expect(draft.mentions.find((m: any) => m.id === 'benjamin-netanyahu')).toMatchObject({ new: false, spans: [{ text: 'Benjamin Netanyahu' }] });
  });

  it('drafts lists the sources with pending proposals, a page at a time', async () => {
    const a = await ingestTestArticle(api.db, 'queue-a');
    const b = await ingestTestArticle(api.db, 'queue-b');
    const Q = `query ($after: String) { drafts(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { source { id } counts { pending } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { drafts }: any = ok(await api.run(Q, { after }));
      seen.push(...drafts.edges.map((e: any) => e.node.source.id));
      if (!drafts.pageInfo.hasNextPage) break;
      after = drafts.pageInfo.endCursor;
    }
    expect(seen).toEqual(expect.arrayContaining([a, b]));
    expect(seen).toEqual([...seen].sort());
  });
});

describe('accepting and rejecting', () => {
  it('accepting writes through the mutation of its kind: the node, its history and audit entries, and the proposal records who accepted it', async () => {
    const source = await ingestTestArticle(api.db, 'accept');
    const { envoy } = ids('accept');
    const id = pid(source, 'entity', envoy);
    const { acceptProposal } = ok(await api.curator(ACCEPT, { id }));
    expect(acceptProposal).toMatchObject({ id, status: 'ACCEPTED', result: envoy, decidedBy: 'test-curator', edits: null });
    const { actor } = ok(await api.run(`query ($id: ID!) { actor(id: $id) { id name title } }`, { id: envoy }));
    expect(actor).toEqual({ id: envoy, name: 'Jane Placeholder accept', title: 'trade envoy' });
    const [node] = await api.db.read({ name: 'test/actor', text: 'MATCH (a:Actor {id: $id})-[:MENTIONED_IN]->(s:Source) RETURN a.createdBy AS by, s.id AS source' }, { id: envoy });
    expect(node).toEqual({ by: 'test-curator', source });
    const audit = (await auditEntries(api.db)).filter((e) => e.touched.includes(envoy));
    expect(audit.map((e) => e.operation).sort()).toEqual(['acceptProposal', 'upsertActor']);
    expect(audit.find((e) => e.operation === 'acceptProposal')).toMatchObject({ by: 'test-curator', touched: [id, envoy] });
  });

  it('a proposal accepted twice: the second time is a clear error and writes nothing', async () => {
    const source = await ingestTestArticle(api.db, 'twice');
    const id = pid(source, 'entity', ids('twice').envoy);
    ok(await api.curator(ACCEPT, { id }));
    const before = (await auditEntries(api.db)).length;
    const again = await api.admin(ACCEPT, { id });
    expect(again.codes).toEqual(['BAD_USER_INPUT']);
    expect(again.errors![0]!.message).toMatch(new RegExp(`^proposal ${id}: already accepted at .* by test-curator \\(it wrote jane-placeholder-twice\\); nothing was written$`));
    expect((await auditEntries(api.db)).length).toBe(before);
  });

  it('a dependency not yet accepted is named; once it is, the dependent is accepted with the id it was accepted as', async () => {
    const source = await ingestTestArticle(api.db, 'deps');
    const { envoy } = ids('deps');
    const affiliation = pid(source, 'affiliation', `${envoy}@united-states`);
    const early = await api.curator(ACCEPT, { id: affiliation });
    expect(early.codes).toEqual(['BAD_USER_INPUT']);
    expect(early.errors![0]!.message).toContain(`actor = "${envoy}" is proposed by ${pid(source, 'entity', envoy)} (ENTITY), which is PENDING: accept it first`);
    // The curator accepts the actor under another slug; the affiliation follows it.
    ok(await api.curator(ACCEPT, { id: pid(source, 'entity', envoy), edits: { id: `${envoy}-renamed` } }));
    const { acceptProposal } = ok(await api.curator(ACCEPT, { id: affiliation }));
    expect(acceptProposal.result).toBe(`AFFILIATED_WITH:${envoy}-renamed->united-states`);
    const { actor } = ok(await api.run(`query ($id: ID!) { actor(id: $id) { affiliations { organization { id } role sources { id } } } }`, { id: `${envoy}-renamed` }));
    expect(actor.affiliations).toEqual([{ organization: { id: 'united-states' }, role: 'trade envoy', sources: [{ id: source }] }]);
  });

  it('a stance needs a position: the edit, else the draft\'s, else a clear error; its id follows deriveClaimId', async () => {
    const source = await ingestTestArticle(api.db, 'position');
    const { envoy } = ids('position');
    ok(await api.curator(ACCEPT, { id: pid(source, 'entity', envoy) }));
    const stance = pid(source, 'stance', `${envoy}-opposes-iran-ballistic-missiles-2026-02-09`);
    const none = await api.curator(ACCEPT, { id: stance });
    expect(none.codes).toEqual(['BAD_USER_INPUT']);
    expect(none.errors![0]!.message).toContain('accepting a stance needs a position');
    const { acceptProposal } = ok(await api.curator(ACCEPT, { id: stance, edits: { position: 'Wants any deal with Iran to limit its missiles too.' } }));
    expect(acceptProposal).toMatchObject({ status: 'ACCEPTED', result: `${envoy}-opposes-iran-ballistic-missiles-2026-02-09`, edits: { position: 'Wants any deal with Iran to limit its missiles too.' } });
    const { stances } = ok(await api.run(`query ($h: ID!) { stances(filter: {holder: $h}) { edges { node { id stance attribution asOf position sources { id } } } } }`, { h: envoy }));
    expect(stances.edges.map((e: any) => e.node)).toEqual([
      { id: `${envoy}-opposes-iran-ballistic-missiles-2026-02-09`, stance: 'OPPOSES', attribution: 'REPORTED', asOf: '2026-02-09', position: 'Wants any deal with Iran to limit its missiles too.', sources: [{ id: source }] },
    ]);
  });

  it('an edit a kind does not have, or a kind the format does not know, is refused, not ignored', async () => {
    const source = await ingestTestArticle(api.db, 'stray-edit');
    const r = await api.curator(ACCEPT, { id: pid(source, 'entity', ids('stray-edit').envoy), edits: { holder: 'donald-trump' } });
    expect(r.codes).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.message).toContain('edits.holder cannot be edited on a ENTITY proposal');
    const kind = await api.curator(ACCEPT, { id: pid(source, 'entity', ids('stray-edit').envoy), edits: { orgKind: 'club' } });
    expect(kind.errors![0]!.message).toContain('edits.orgKind = "club": expected one of state, government');
    const parent = await api.curator(ACCEPT, { id: pid(source, 'entity', ids('stray-edit').envoy), edits: { parent: 'iran-policy' } });
    expect(parent.errors![0]!.message).toContain('edits.parent is for a new issue or organization; an actor has none');
  });

  it('rejecting keeps the proposal with who, when and why; a rejected dependency is named when a dependent is accepted', async () => {
    const source = await ingestTestArticle(api.db, 'reject');
    const { envoy } = ids('reject');
    const entity = pid(source, 'entity', envoy);
    const empty = await api.curator(REJECT, { id: entity, reason: '  ' });
    expect(empty.codes).toEqual(['BAD_USER_INPUT']);
    const { rejectProposal } = ok(await api.curator(REJECT, { id: entity, reason: 'Not a real person: a test fixture.' }));
    expect(rejectProposal).toMatchObject({ id: entity, status: 'REJECTED', reason: 'Not a real person: a test fixture.', decidedBy: 'test-curator' });
    expect(Date.parse(rejectProposal.decidedAt)).not.toBeNaN();
    const dependent = await api.curator(ACCEPT, { id: pid(source, 'affiliation', `${envoy}@united-states`) });
    expect(dependent.errors![0]!.message).toContain('which is REJECTED: edit actor to name an existing entity, or reject this proposal');
    const again = await api.curator(REJECT, { id: entity, reason: 'again' });
    expect(again.errors![0]!.message).toContain('already rejected');
    const { draft } = ok(await api.run(DRAFT, { source }));
    expect(draft.counts).toMatchObject({ rejected: 1 });
    const audit = (await auditEntries(api.db)).filter((e) => e.operation === 'rejectProposal' && e.touched.includes(entity));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.arguments).toEqual({ id: entity, reason: 'Not a real person: a test fixture.' });
  });

  it('acceptDraft accepts in dependency order, all or nothing, and names every proposal it cannot accept', async () => {
    const source = await ingestTestArticle(api.db, 'whole');
    const { envoy } = ids('whole');
    // The envoy's stance has no position: the whole draft is refused and nothing is written.
    const refused = await api.curator(ACCEPT_DRAFT, { source });
    expect(refused.codes).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.message).toContain(`1 of 11 proposals cannot be accepted; nothing was written: proposal ${pid(source, 'stance', `${envoy}-opposes-iran-ballistic-missiles-2026-02-09`)}: accepting a stance needs a position`);
    expect(ok(await api.run(`query ($id: ID!) { node(id: $id) { id } }`, { id: envoy })).node).toBeNull();
    expect(ok(await api.run(DRAFT, { source })).draft.counts).toEqual({ pending: 11, accepted: 0, rejected: 0 });
    // Above the stance's confidence (0.4), everything else is accepted, dependencies first.
    const { acceptDraft } = ok(await api.curator(ACCEPT_DRAFT, { source, min: 0.5 }));
    expect(acceptDraft.accepted.map((p: any) => p.kind)).toEqual(['ENTITY', 'ENTITY', 'ENTITY', 'EVENT', 'AFFILIATION', 'QUOTE', 'QUOTE', 'ATTENDANCE', 'ATTENDANCE', 'STANCE']);
    expect(acceptDraft.draft.counts).toEqual({ pending: 1, accepted: 10, rejected: 0 });
    const { event } = ok(await api.run(`query ($id: ID!) { event(id: $id) { status date attendees { attendee { id } role } } }`, { id: ids('whole').meeting }));
    expect(event.status).toBe('HELD');
    expect(event.attendees.map((a: any) => a.attendee.id).sort()).toEqual(['benjamin-netanyahu', envoy]);
  });
});
