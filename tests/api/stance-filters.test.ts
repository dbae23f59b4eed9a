// Every combination of the root `stances` filters, paged to the end, against the seed files:
// the API picks a different Cypher plan per combination (stancesPageQuery), so each one is
// checked for the claims it returns, their order, the total and the page boundaries.
import { describe, expect, it } from 'vitest';
import { stancesPageQuery } from '../../src/api/loaders/reads.js';
import { inProcessApi, ok } from '../helpers/api.js';
import { issueWithDescendants, type SeedStance, seeds } from '../helpers/seeds.js';

const api = await inProcessApi();

/** The day a partial date stands for, as stored: its first day. */
const firstDay = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

/** The API's order: newest first by asOf, undated last, then by claim id. */
function byRecency(a: SeedStance, b: SeedStance): number {
  const [da, db] = [a.asOf ? firstDay(a.asOf) : '', b.asOf ? firstDay(b.asOf) : ''];
  if (da !== db) return da < db ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]![0];
}

// Values that overlap, so most combinations match some claims.
const holder = mostCommon(seeds.stances.map((s) => s.holder));
const issue = mostCommon(seeds.issues.filter((i) => i.parent).map((i) => i.parent!));
const tree = issueWithDescendants(issue);
const stance = mostCommon(seeds.stances.filter((s) => s.holder === holder).map((s) => s.stance));
const attribution = mostCommon(seeds.stances.filter((s) => s.holder === holder).map((s) => s.attribution));
const source = mostCommon(seeds.stances.flatMap((s) => s.sources));
const [asOfFrom, asOfTo] = ['2025-06-01', '2026-02-28'];

interface Dimension {
  name: string;
  filter: Record<string, unknown>;
  match: (s: SeedStance) => boolean;
}
const DIMENSIONS: Dimension[][] = [
  [{ name: 'holder', filter: { holder }, match: (s) => s.holder === holder }],
  [
    { name: 'issue', filter: { issue }, match: (s) => s.issue === issue },
    { name: 'issue+sub', filter: { issue, includeSubIssues: true }, match: (s) => tree.has(s.issue) },
  ],
  [{ name: 'stance', filter: { stance }, match: (s) => s.stance === stance }],
  [{ name: 'attribution', filter: { attribution }, match: (s) => s.attribution === attribution }],
  [{ name: 'source', filter: { source }, match: (s) => s.sources.includes(source) }],
  [
    { name: 'from', filter: { asOfFrom }, match: (s) => !!s.asOf && firstDay(s.asOf) >= asOfFrom },
    { name: 'range', filter: { asOfFrom, asOfTo }, match: (s) => !!s.asOf && firstDay(s.asOf) >= asOfFrom && firstDay(s.asOf) <= asOfTo },
  ],
];

/** Every combination: each dimension absent or one of its options. */
function combinations(dimensions: Dimension[][]): Dimension[][] {
  return dimensions.reduce<Dimension[][]>((acc, options) => acc.flatMap((c) => [c, ...options.map((o) => [...c, o])]), [[]]);
}

const QUERY = `query($filter: StanceFilter, $first: Int, $after: String) {
  stances(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id holder { id } issue { id } } } }
}`;

/** Pages through `stances` with `filter`, `first` at a time; returns the nodes and each page's total. */
async function walk(filter: Record<string, unknown>, first: number, name: string) {
  const nodes: Array<{ id: string; holder: { id: string }; issue: { id: string } }> = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let pages = 0; ; pages += 1) {
    expect(pages, name).toBeLessThan(100);
    const data: any = ok(await api.run(QUERY, { filter, first, after }));
    totals.push(data.stances.totalCount);
    nodes.push(...data.stances.edges.map((e: any) => e.node));
    if (!data.stances.pageInfo.hasNextPage) return { nodes, totals };
    after = data.stances.pageInfo.endCursor;
  }
}

describe('stances: every filter combination', () => {
  const combos = combinations(DIMENSIONS);

  it(`covers ${combos.length} combinations and each plan of the API`, () => {
    const plans = new Set(
      combos.map((c) => {
        const f = Object.assign({}, ...c.map((d) => d.filter));
        return stancesPageQuery({
          holder: f.holder ?? null,
          issue: f.issue ?? null,
          includeSubIssues: f.includeSubIssues ?? false,
          stance: f.stance ?? null,
          attribution: f.attribution ?? null,
          source: f.source ?? null,
          asOfFrom: f.asOfFrom ?? null,
          asOfTo: f.asOfTo ?? null,
        }).name;
      }),
    );
    expect([...plans].sort()).toEqual([
      'api/stances-page',
      'api/stances-page-by-holder',
      'api/stances-page-by-issue',
      'api/stances-page-by-source',
    ]);
  });

  it('takes a source id whole: a part of one, or one with Lucene syntax in it, matches no claim and fails nothing', async () => {
    // The source plan asks a full-text index; the id must reach it as one exact term.
    const parts = [source.slice(0, -1), source.slice(1), source.split('-')[0]!, `${source}*`, `"${source}"`, `${source} OR *`, `\\${source}`];
    for (const part of parts) {
      const data: any = ok(await api.run(QUERY, { filter: { source: part }, first: 5 }));
      expect(data.stances.totalCount, part).toBe(seeds.stances.filter((s) => s.sources.includes(part)).length);
    }
  });

  it('returns exactly the matching claims in order, with the right total', { timeout: 300_000 }, async () => {
    let nonEmpty = 0;
    for (const combo of combos) {
      const name = combo.map((d) => d.name).join(' + ') || 'no filter';
      const filter = Object.assign({}, ...combo.map((d) => d.filter));
      const expected = seeds.stances.filter((s) => combo.every((d) => d.match(s))).sort(byRecency);
      if (expected.length) nonEmpty += 1;
      const { nodes, totals } = await walk(filter, 100, name);
      expect(totals, name).toEqual(totals.map(() => expected.length));
      expect(nodes.map((n) => n.id), name).toEqual(expected.map((s) => s.id));
      expect(nodes.map((n) => [n.holder.id, n.issue.id]), name).toEqual(expected.map((s) => [s.holder, s.issue]));
    }
    // The chosen values overlap: most combinations are not empty, so the comparison means something.
    expect(nonEmpty).toBeGreaterThan(combos.length / 2);
  });

  it('pages through each plan without losing or repeating a claim', { timeout: 120_000 }, async () => {
    const paths = [{}, { holder }, { issue, includeSubIssues: true }, { asOfFrom }, { stance }, { source }];
    for (const filter of paths) {
      const name = JSON.stringify(filter);
      const whole = await walk(filter, 100, name);
      const paged = await walk(filter, 7, name);
      expect(paged.nodes, name).toEqual(whole.nodes);
      expect(new Set(paged.totals), name).toEqual(new Set([whole.nodes.length]));
    }
  });

  it('pages the same when the document does not ask for totalCount (the count is then not made)', { timeout: 120_000 }, async () => {
    const WITHOUT_TOTAL = `query($filter: StanceFilter, $first: Int, $after: String) {
      stances(first: $first, after: $after, filter: $filter) { pageInfo { hasNextPage endCursor } edges { node { id } } }
    }`;
    for (const filter of [{}, { asOfFrom, asOfTo }, { asOfTo }, { stance }, { stance, attribution }]) {
      const name = JSON.stringify(filter);
      const expected = (await walk(filter, 100, name)).nodes.map((n) => n.id);
      const ids: string[] = [];
      let after: string | null = null;
      for (let pages = 0; ; pages += 1) {
        expect(pages, name).toBeLessThan(100);
        const data: any = ok(await api.run(WITHOUT_TOTAL, { filter, first: 3, after }));
        ids.push(...data.stances.edges.map((e: any) => e.node.id));
        if (!data.stances.pageInfo.hasNextPage) break;
        after = data.stances.pageInfo.endCursor;
      }
      expect(ids, name).toEqual(expected);
      expect(ids.length, name).toBeGreaterThan(0);
    }
  });
});
