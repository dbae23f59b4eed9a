// The curation mutations on the real Neo4j, in process: each writes what it says in one
// transaction, records who and when, leaves one audit entry, and on bad input answers
// BAD_USER_INPUT with the input path and value and leaves the graph as it was.
import { describe, expect, it } from 'vitest';
import { ok } from '../helpers/api.js';
import { auditEntries, type CurationApi, curationApi } from '../helpers/curation.js';
import { graphSnapshot } from '../helpers/graph.js';

// At the top level, so the helper's afterAll (stop, reseed) belongs to this file.
const api: CurationApi = await curationApi();

const SOURCE = 'reuters-iran-diplomacy-2026-02';

const UPSERT_ACTOR = `mutation($input: ActorInput!) { upsertActor(input: $input) { id name aliases title sources { id } } }`;
const RECORD_STANCE = `mutation($input: StanceInput!) {
  recordStance(input: $input) { id stance position asOf asOfPrecision holder { id } issue { id } sources { id } createdBy updatedBy createdAt }
}`;

/** Runs a mutation that must fail, checks the graph did not change, and returns its one error. */
async function refused(query: string, variables: Record<string, unknown>, as: 'curator' | 'admin' = 'curator') {
  const before = await graphSnapshot(api.db);
  const result = await api[as](query, variables);
  expect(result.errors, JSON.stringify(result.data)).toHaveLength(1);
  expect(await graphSnapshot(api.db)).toEqual(before);
  return result.errors![0]!;
}

describe('upsertActor', () => {
  it('creates an actor with its mentions, records who and when, and leaves one audit entry', async () => {
    const input = { id: 'test-curated-actor', name: 'Curated Actor', aliases: ['C. Actor'], sources: [SOURCE] };
    const data = ok(await api.curator(UPSERT_ACTOR, { input }));
    expect(data.upsertActor).toEqual({ id: input.id, name: input.name, aliases: input.aliases, title: null, sources: [{ id: SOURCE }] });

    const [node] = await api.db.read({
      name: 'test/node',
      text: 'MATCH (n:Actor:Entity {id: $id}) RETURN n {.*} AS n',
    }, { id: input.id });
    expect(node!.n).toMatchObject({ createdBy: 'test-curator', updatedBy: 'test-curator' });
    expect((node!.n as Record<string, unknown>).createdAt).toBe((node!.n as Record<string, unknown>).updatedAt);

    const entries = (await auditEntries(api.db)).filter((e) => e.touched.includes(input.id));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ operation: 'upsertActor', by: 'test-curator', role: 'curator', labels: ['AuditEntry'] });
    expect(entries[0]!.arguments).toEqual({ input });
    expect(entries[0]!.before).toEqual({ [input.id]: null });
  });

  it('is idempotent by id: a second upsert replaces the record, keeps who created it, and says what it was before', async () => {
    const input = { id: 'test-curated-actor', name: 'Curated Actor', title: 'Envoy', sources: [] };
    const data = ok(await api.admin(UPSERT_ACTOR, { input }));
    expect(data.upsertActor).toEqual({ id: input.id, name: input.name, aliases: [], title: 'Envoy', sources: [] });
    const [node] = await api.db.read({ name: 'test/node', text: 'MATCH (n:Actor {id: $id}) RETURN n {.*} AS n' }, { id: input.id });
    expect(node!.n).toMatchObject({ createdBy: 'test-curator', updatedBy: 'test-admin' });
    const entries = (await auditEntries(api.db)).filter((e) => e.touched.includes(input.id));
    expect(entries.map((e) => e.operation)).toEqual(['upsertActor', 'upsertActor']);
    expect(entries[1]!.before[input.id]).toMatchObject({ name: 'Curated Actor', aliases: ['C. Actor'], createdBy: 'test-curator' });
  });

  it('refuses an id another kind holds, with the path and value, and writes nothing', async () => {
    const error = await refused(UPSERT_ACTOR, { input: { id: 'iran-policy', name: 'Not an issue' } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id', value: 'iran-policy' });
    expect(error.message).toContain('input.id = "iran-policy": this id is an issue in the graph');
  });
});

describe('the other upserts', () => {
  it('upsertSource, upsertIssue (with a parent), upsertOrganization and upsertEvent (with its issues) write their records', async () => {
    ok(await api.curator(`mutation { upsertSource(input: { id: "test-source", title: "A test article", publishedAt: "2026-02" }) { id publishedAt } }`));
    const issue = ok(await api.curator(`mutation { upsertIssue(input: { id: "test-issue", name: "A test issue", parent: "iran-policy", sources: ["test-source"] }) {
      id parent { id } sources { id } } }`));
    expect(issue.upsertIssue).toEqual({ id: 'test-issue', parent: { id: 'iran-policy' }, sources: [{ id: 'test-source' }] });
    const org = ok(await api.curator(`mutation { upsertOrganization(input: { id: "test-org", name: "Test Org", kind: "ngo", parent: "united-states" }) {
      id kind parent { id } } }`));
    expect(org.upsertOrganization).toEqual({ id: 'test-org', kind: 'ngo', parent: { id: 'united-states' } });
    const event = ok(await api.curator(`mutation { upsertEvent(input: { id: "test-event", name: "Test talks", kind: "talks", date: "2026-03-04",
      status: HELD, issues: ["test-issue"], sources: ["test-source"] }) { id date datePrecision status issues { id } } }`));
    expect(event.upsertEvent).toEqual({ id: 'test-event', date: '2026-03-04', datePrecision: 'DAY', status: 'HELD', issues: [{ id: 'test-issue' }] });
  });

  it('refuses a parent that would close a PART_OF cycle', async () => {
    // iran-policy is above test-issue; making it part of test-issue closes the loop.
    const error = await refused(`mutation { upsertIssue(input: { id: "iran-policy", name: "Iran policy", parent: "test-issue" }) { id } }`, {});
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parent', value: 'test-issue' });
    expect(error.message).toContain('PART_OF cycle among issues');
  });

  it('refuses a date that is no calendar date, and a value outside its list', async () => {
    const date = await refused(`mutation { upsertEvent(input: { id: "test-event-2", name: "x", date: "2026-13-01", status: PLANNED }) { id } }`, {});
    expect(date.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.date', value: '2026-13-01' });
    const kind = await refused(`mutation { upsertOrganization(input: { id: "test-org-2", name: "x", kind: "club" }) { id } }`, {});
    expect(kind.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind', value: 'club' });
  });
});

describe('recordStance', () => {
  const input = {
    holder: 'test-curated-actor',
    issue: 'iran-ballistic-missiles',
    stance: 'OPPOSES',
    attribution: 'STATED',
    asOf: '2026-02',
    position: 'Opposes the missile programme, in the test’s words.',
    sources: [SOURCE],
  };

  it('derives the claim id from holder, stance, issue and asOf when none is given', async () => {
    const data = ok(await api.curator(RECORD_STANCE, { input }));
    expect(data.recordStance).toMatchObject({
      id: 'test-curated-actor-opposes-iran-ballistic-missiles-2026-02',
      stance: 'OPPOSES',
      asOf: '2026-02',
      asOfPrecision: 'MONTH',
      holder: { id: 'test-curated-actor' },
      issue: { id: 'iran-ballistic-missiles' },
      sources: [{ id: SOURCE }],
      createdBy: 'test-curator',
      updatedBy: 'test-curator',
    });
    const read = ok(await api.run(`{ actor(id: "test-curated-actor") { stances { id position } } }`));
    expect(read.actor.stances).toEqual([{ id: data.recordStance.id, position: input.position }]);
  });

  it('upserts by the claim id: recording it again changes it, with no second edge', async () => {
    const data = ok(await api.admin(RECORD_STANCE, { input: { ...input, stance: 'MIXED', id: 'test-curated-actor-opposes-iran-ballistic-missiles-2026-02' } }));
    expect(data.recordStance).toMatchObject({ stance: 'MIXED', createdBy: 'test-curator', updatedBy: 'test-admin' });
    const rows = await api.db.read({ name: 'test/claims', text: 'MATCH ()-[r:HOLDS_STANCE {id: $id}]->() RETURN r.stance AS stance' }, { id: data.recordStance.id });
    expect(rows).toEqual([{ stance: 'MIXED' }]);
  });

  it('moves a claim recorded again with another issue (an edge cannot change its ends)', async () => {
    const id = 'test-claim-that-moves';
    ok(await api.curator(RECORD_STANCE, { input: { ...input, id } }));
    const moved = ok(await api.curator(RECORD_STANCE, { input: { ...input, id, issue: 'iran-policy' } }));
    expect(moved.recordStance.issue).toEqual({ id: 'iran-policy' });
    const rows = await api.db.read({ name: 'test/claims', text: 'MATCH ()-[r:HOLDS_STANCE {id: $id}]->(i) RETURN i.id AS issue' }, { id });
    expect(rows).toEqual([{ issue: 'iran-policy' }]);
  });

  it('names each problem with its input path and value: an unknown source, a holder of the wrong kind', async () => {
    const error = await refused(RECORD_STANCE, { input: { ...input, holder: 'iran-policy', sources: [SOURCE, 'no-such-source'] } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const problems = error.extensions!.problems as Array<{ path: string; value: unknown; message: string }>;
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'input.holder', value: 'iran-policy', message: 'this id is an issue, not an actor or organization' },
        expect.objectContaining({ path: 'input.sources[1]', value: 'no-such-source', message: expect.stringContaining('no source has this id') }),
      ]),
    );
  });

  it('refuses a claim with no source, and text over the size bounds', async () => {
    const none = await refused(RECORD_STANCE, { input: { ...input, id: 'test-claim-no-source', sources: [] } });
    expect(none.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sources' });
    expect(none.message).toContain('at least one source is required');
    const long = await refused(RECORD_STANCE, { input: { ...input, id: 'test-claim-long', position: 'x'.repeat(2001) } });
    expect(long.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.position' });
    expect(long.message).toContain('longer than 2000 characters');
  });
});

describe('attendances and affiliations', () => {
  const ATTEND = `mutation($input: AttendanceInput!) { recordAttendance(input: $input) { attendee { id } event { id } role sources { id } } }`;
  const AFFILIATE = `mutation($input: AffiliationInput!) { recordAffiliation(input: $input) { actor { id } organization { id } role } }`;

  it('records an attendance and an affiliation, one per pair', async () => {
    const input = { attendee: 'test-curated-actor', event: 'test-event', role: 'observer', sources: ['test-source'] };
    expect(ok(await api.curator(ATTEND, { input })).recordAttendance).toEqual({
      attendee: { id: 'test-curated-actor' }, event: { id: 'test-event' }, role: 'observer', sources: [{ id: 'test-source' }],
    });
    ok(await api.curator(ATTEND, { input: { ...input, role: 'guest' } }));
    const rows = await api.db.read({ name: 'test/attended', text: 'MATCH (:Entity {id: $a})-[r:ATTENDED]->(:Event {id: $e}) RETURN r.role AS role, r.createdBy AS by' },
      { a: input.attendee, e: input.event });
    expect(rows).toEqual([{ role: 'guest', by: 'test-curator' }]);
    expect(ok(await api.curator(AFFILIATE, { input: { actor: 'test-curated-actor', organization: 'test-org', role: 'director', sources: ['test-source'] } })).recordAffiliation)
      .toEqual({ actor: { id: 'test-curated-actor' }, organization: { id: 'test-org' }, role: 'director' });
  });

  it('refuses an event id that names an actor', async () => {
    const error = await refused(ATTEND, { input: { attendee: 'test-curated-actor', event: 'donald-trump', sources: [SOURCE] } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.event', value: 'donald-trump' });
  });

  it('removes them only as admin, answering the edge as it was', async () => {
    const remove = `mutation { removeAttendance(attendee: "test-curated-actor", event: "test-event") { role attendee { id } } }`;
    const forbidden = await refused(remove, {}, 'curator');
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');
    expect(ok(await api.admin(remove)).removeAttendance).toEqual({ role: 'guest', attendee: { id: 'test-curated-actor' } });
    const again = await refused(remove, {}, 'admin');
    expect(again.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'event' });
    ok(await api.admin(`mutation { removeAffiliation(actor: "test-curated-actor", organization: "test-org") { role } }`));
    const audit = (await auditEntries(api.db)).filter((e) => e.operation === 'removeAttendance');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.before['ATTENDED:test-curated-actor->test-event']).toMatchObject({ role: 'guest' });
  });
});

describe('mergeEntities', () => {
  it('moves every edge, name and alias of the duplicate to the node kept, keeps its id as an alias, and deletes it', async () => {
    ok(await api.curator(UPSERT_ACTOR, { input: { id: 'test-dup', name: 'Dup Person', aliases: ['D.P.'], title: 'Adviser', sources: [SOURCE] } }));
    ok(await api.curator(UPSERT_ACTOR, { input: { id: 'test-keep', name: 'Kept Person', sources: [] } }));
    ok(await api.curator(RECORD_STANCE, { input: { id: 'test-dup-claim', holder: 'test-dup', issue: 'iran-policy', stance: 'SUPPORTS', attribution: 'REPORTED', position: 'p', sources: [SOURCE] } }));
    ok(await api.curator(`mutation { recordAffiliation(input: { actor: "test-dup", organization: "test-org", sources: ["test-source"] }) { role } }`));
    const edgesBefore = await api.db.read({ name: 'test/edges', text: 'MATCH (:Entity {id: "test-dup"})-[r]-() RETURN count(r) AS n' });

    const merged = ok(await api.admin(`mutation { mergeEntities(keep: "test-keep", duplicate: "test-dup") { id ... on Actor { aliases title stances { id } affiliations { organization { id } } sources { id } } } }`));
    expect(merged.mergeEntities).toEqual({
      id: 'test-keep',
      aliases: ['Dup Person', 'D.P.', 'test-dup'],
      title: 'Adviser',
      stances: [{ id: 'test-dup-claim' }],
      affiliations: [{ organization: { id: 'test-org' } }],
      sources: [{ id: SOURCE }],
    });
    const edgesAfter = await api.db.read({ name: 'test/edges', text: 'MATCH (:Entity {id: "test-keep"})-[r]-() RETURN count(r) AS n' });
    expect(edgesAfter[0]!.n).toBe(edgesBefore[0]!.n);
    expect(ok(await api.run(`{ node(id: "test-dup") { id } }`)).node).toBeNull();
    const [audit] = (await auditEntries(api.db)).filter((e) => e.operation === 'mergeEntities');
    expect(audit!.touched).toEqual(['test-keep', 'test-dup', 'test-dup-claim']);
    expect(audit!.before['test-dup'].edges).toHaveLength(edgesBefore[0]!.n as number);
  });

  it('refuses a node merged with itself, two kinds, and kinds that cannot merge; curators may not merge', async () => {
    const self = await refused(`mutation { mergeEntities(keep: "test-keep", duplicate: "test-keep") { id } }`, {}, 'admin');
    expect(self.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'duplicate' });
    const kinds = await refused(`mutation { mergeEntities(keep: "test-keep", duplicate: "test-org") { id } }`, {}, 'admin');
    expect(kinds.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'duplicate', value: 'test-org' });
    const issues = await refused(`mutation { mergeEntities(keep: "iran-policy", duplicate: "test-issue") { id } }`, {}, 'admin');
    expect(issues.message).toContain('only actors or organizations can be merged');
    const curator = await refused(`mutation { mergeEntities(keep: "test-keep", duplicate: "donald-trump") { id } }`, {}, 'curator');
    expect(curator.extensions?.code).toBe('FORBIDDEN');
  });
});
