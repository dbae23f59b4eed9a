// History: a retracted claim stays in the graph with who, when and why, and every read leaves
// it out unless asked (includeRetracted: true): the root list and its counts on each of its
// plans, Issue.stances and stanceCounts, Stakeholder.stances, compare and graph.
import type { Plan } from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { cypher, loadCypher } from '../../src/graph/cypher.js';
import { ok } from '../helpers/api.js';
import { auditEntries, type CurationApi, curationApi } from '../helpers/curation.js';
import { seeds } from '../helpers/seeds.js';

// Was donald-trump-conditional-palestinian-statehood-2026-02 until the 2026-12 corpus review corrected its stance.
const CLAIM = 'donald-trump-supports-palestinian-statehood-2026-02';
const claim = seeds.stances.find((s) => s.id === CLAIM)!;
/** Someone else with a claim on the same issue, so compare puts the claim on a side. */
const partner = seeds.stances.find((s) => s.issue === claim.issue && s.holder !== claim.holder)!.holder;

// At the top level, so the helper's afterAll (stop, reseed) belongs to this file.
const api: CurationApi = await curationApi();
/** Every read of the claim, counted before the retraction. */
let before: Awaited<ReturnType<typeof reads>>;

/** The claim as each read sees it: whether it is listed, and the counts. */
async function reads(includeRetracted: boolean) {
  const data = ok(
    await api.run(
      `query($holder: ID!, $partner: ID!, $issue: ID!, $source: ID!, $stance: StanceKind!, $inc: Boolean!) {
        all: stances(first: 1, filter: { includeRetracted: $inc }) { totalCount }
        byStance: stances(first: 100, filter: { stance: $stance, source: $source, includeRetracted: $inc }) { totalCount edges { node { id } } }
        byHolder: stances(first: 100, filter: { holder: $holder, includeRetracted: $inc }) { totalCount edges { node { id } } }
        byIssue: stances(first: 100, filter: { issue: $issue, includeRetracted: $inc }) { totalCount edges { node { id } } }
        byDate: stances(first: 100, filter: { asOfFrom: "2026-02-01", asOfTo: "2026-02-28", includeRetracted: $inc }) { totalCount edges { node { id } } }
        issue(id: $issue) { stances(includeRetracted: $inc) { id } stanceCounts(includeRetracted: $inc) { supports opposes conditional mixed total } }
        actor(id: $holder) { stances(includeRetracted: $inc) { id } }
        compare(a: $holder, b: $partner, includeRetracted: $inc) { agreements { a { id } } divergences { a { id } } }
        graph(ids: [$holder], depth: 1, limit: 500, types: [HOLDS_STANCE], includeRetracted: $inc) { edges { id } }
      }`,
      { holder: claim.holder, partner, issue: claim.issue, source: claim.sources[0], stance: claim.stance, inc: includeRetracted },
    ),
  );
  const ids = (c: { edges: Array<{ node: { id: string } }> }) => c.edges.map((e) => e.node.id);
  const compared = [...data.compare.agreements, ...data.compare.divergences].flatMap((c: { a: Array<{ id: string }> }) => c.a.map((s) => s.id));
  return {
    totals: [data.all, data.byStance, data.byHolder, data.byIssue, data.byDate].map((c) => c.totalCount as number),
    counts: data.issue.stanceCounts,
    listed: {
      byStance: ids(data.byStance).includes(CLAIM),
      byHolder: ids(data.byHolder).includes(CLAIM),
      byIssue: ids(data.byIssue).includes(CLAIM),
      byDate: ids(data.byDate).includes(CLAIM),
      issue: data.issue.stances.some((s: { id: string }) => s.id === CLAIM),
      actor: data.actor.stances.some((s: { id: string }) => s.id === CLAIM),
      compare: compared.includes(CLAIM),
      graph: data.graph.edges.some((e: { id: string }) => e.id === CLAIM),
    },
  };
}

beforeAll(async () => {
  before = await reads(false);
});

describe('retractStance', () => {
  it('is listed and counted everywhere before', () => {
    expect(Object.values(before.listed).every(Boolean), JSON.stringify(before.listed)).toBe(true);
  });

  it('keeps the claim with who, when and why, and answers it', async () => {
    const data = ok(await api.curator(`mutation { retractStance(id: "${CLAIM}", reason: "Misread source") {
      id stance position retractedAt retractedBy retractionReason updatedBy } }`));
    expect(data.retractStance).toMatchObject({ id: CLAIM, stance: claim.stance, position: claim.position, retractedBy: 'test-curator', retractionReason: 'Misread source', updatedBy: 'test-curator' });
    expect(data.retractStance.retractedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const [audit] = (await auditEntries(api.db)).filter((e) => e.operation === 'retractStance');
    expect(audit).toMatchObject({ touched: [CLAIM], arguments: { id: CLAIM, reason: 'Misread source' } });
    expect(audit!.before[CLAIM]).toMatchObject({ id: CLAIM, stance: claim.stance, position: claim.position });
    expect(audit!.before[CLAIM].retractedAt).toBeUndefined();
  });

  it('hides it from every read, and every count, unless includeRetracted', async () => {
    const hidden = await reads(false);
    expect(Object.values(hidden.listed).some(Boolean), JSON.stringify(hidden.listed)).toBe(false);
    expect(hidden.totals).toEqual(before.totals.map((n) => n - 1));
    const kind = claim.stance.toLowerCase();
    expect(hidden.counts).toEqual({ ...before.counts, [kind]: before.counts[kind] - 1, total: before.counts.total - 1 });

    const shown = await reads(true);
    expect(shown).toEqual(before);
    const stance = ok(await api.run(`{ actor(id: "${claim.holder}") { stances(issue: "${claim.issue}", includeRetracted: true) { id retractionReason } } }`));
    expect(stance.actor.stances).toContainEqual({ id: CLAIM, retractionReason: 'Misread source' });
  });

  it('refuses a second retraction, an unknown claim, and recording a retracted claim again', async () => {
    const again = await api.curator(`mutation { retractStance(id: "${CLAIM}", reason: "again") { id } }`);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'id', value: CLAIM });
    expect(again.errors?.[0]?.message).toContain('already retracted');
    const unknown = await api.curator(`mutation { retractStance(id: "no-such-claim", reason: "x") { id } }`);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'id', value: 'no-such-claim' });
    const { id, holder, issue, stance, attribution, asOf, position, sources } = claim;
    const record = await api.curator(`mutation($input: StanceInput!) { recordStance(input: $input) { id } }`, {
      input: { id, holder, issue, stance, attribution, asOf, position, sources },
    });
    expect(record.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id', value: CLAIM });
    expect((await auditEntries(api.db)).filter((e) => e.operation === 'retractStance')).toHaveLength(1);
  });
});

describe('the unfiltered stances list', () => {
  it('keeps its plan: the total from the count store less the retractedAt index count, the page from the asOf index', async () => {
    const query = cypher('api/stances-page');
    await loadCypher();
    const session = api.db.driver.session({ database: api.db.database });
    try {
      const params = {
        stance: null, attribution: null, source: null, includeRetracted: false, details: [], afterDate: null, afterId: null, limit: 21,
      };
      const { summary } = await session.run(`EXPLAIN ${query.text}`, params);
      const operators: string[] = [];
      const walk = (plan: Plan) => {
        operators.push(`${plan.operatorType} ${String(plan.arguments.Details ?? '')}`);
        plan.children.forEach(walk);
      };
      walk(summary.plan as Plan);
      expect(operators.some((o) => o.startsWith('RelationshipCountFromCountStore'))).toBe(true);
      expect(operators.some((o) => /IndexScan/.test(o) && o.includes('retractedAt')), operators.join('\n')).toBe(true);
      expect(operators.some((o) => /Index(Seek|Scan)/.test(o) && o.includes('asOf')), operators.join('\n')).toBe(true);
      // A stance or an attribution filter alone is counted from its own index, not a scan.
      for (const field of ['stance', 'attribution']) {
        expect(operators.some((o) => /IndexSeek/.test(o) && o.includes(`(${field})`)), operators.join('\n')).toBe(true);
      }
    } finally {
      await session.close();
    }
  });
});
