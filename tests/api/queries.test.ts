// Every root field, in process (executeOperation), over the seeded graph. Expected values
// come from seeds/*.yaml (tests/helpers/seeds.ts), not from numbers copied here.
import { describe, expect, it } from 'vitest';
import { inProcessApi, ok } from '../helpers/api.js';
import { issueWithDescendants, seeds } from '../helpers/seeds.js';

const api = await inProcessApi();

/** Walks a connection to its end, `size` at a time; returns the nodes and every page's totalCount. */
async function all<N>(field: string, selection: string, size: number, args = ''): Promise<{ nodes: N[]; totals: number[]; pages: number }> {
  const nodes: N[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const data: any = ok(
      await api.run(
        `query($after: String) { page: ${field}(first: ${size}, after: $after${args}) {
          totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { ${selection} } } } }`,
        { after },
      ),
    );
    pages += 1;
    const page = data.page;
    totals.push(page.totalCount);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    nodes.push(...page.edges.map((e: { node: N }) => e.node));
    if (page.edges.length) expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
    if (!page.pageInfo.hasNextPage) return { nodes, totals, pages };
    after = page.pageInfo.endCursor;
  }
}

describe('node and the single-kind lookups', () => {
  it('node(id) finds any kind, Source included; an unknown id is null', async () => {
    const data = ok(
      await api.run(`{
        a: node(id: "benjamin-netanyahu") { __typename id ... on Actor { name title } }
        o: node(id: "hamas") { __typename ... on Organization { name kind } }
        i: node(id: "iran-ballistic-missiles") { __typename ... on Issue { name parent { id } } }
        e: node(id: "netanyahu-trump-white-house-meeting-2026-02-11") { __typename ... on Event { date datePrecision } }
        s: node(id: "reuters-iran-diplomacy-2026-02") { __typename ... on Source { title publisher publishedAt publishedAtPrecision } }
        none: node(id: "no-such-node") { id }
      }`),
    );
    expect(data.a).toEqual({ __typename: 'Actor', id: 'benjamin-netanyahu', name: 'Benjamin Netanyahu', title: 'Prime Minister of Israel' });
    expect(data.o).toMatchObject({ __typename: 'Organization', name: 'Hamas' });
    expect(data.i).toEqual({ __typename: 'Issue', name: "Iran's ballistic missile programme", parent: { id: 'iran-policy' } });
    expect(data.e).toEqual({ __typename: 'Event', date: '2026-02-11', datePrecision: 'DAY' });
    expect(data.s).toEqual({ __typename: 'Source', title: expect.any(String), publisher: 'ST, from Reuters', publishedAt: '2026-02', publishedAtPrecision: 'MONTH' });
    expect(data.none).toBeNull();
  });

  it('actor/organization/issue/event/source(id) answer their own kind and null for any other id', async () => {
    const data = ok(
      await api.run(`{
        actor(id: "donald-trump") { id aliases }
        organization(id: "trump-administration") { id country parent { id } parts { id } }
        issue(id: "iran-policy") { id parent { id } subIssues { id } }
        event(id: "us-iran-talks-oman-2026-02-06") { id kind location }
        source(id: "mar-a-lago-preview-divergences") { id publisher publishedAt }
        wrongActor: actor(id: "hamas") { id }
        wrongOrganization: organization(id: "donald-trump") { id }
        wrongIssue: issue(id: "reuters-iran-diplomacy-2026-02") { id }
        wrongEvent: event(id: "iran-policy") { id }
        wrongSource: source(id: "no-such-source") { id }
      }`),
    );
    expect(data.actor.aliases).toContain('President Trump');
    expect(data.organization).toEqual({ id: 'trump-administration', country: 'United States', parent: { id: 'united-states' }, parts: [] });
    expect(data.issue.parent).toBeNull();
    expect(data.issue.subIssues.map((i: { id: string }) => i.id)).toEqual(
      seeds.issues.filter((i) => i.parent === 'iran-policy').map((i) => i.id).sort(),
    );
    expect(data.event).toEqual({ id: 'us-iran-talks-oman-2026-02-06', kind: 'talks', location: 'Oman' });
    expect(data.source).toEqual({ id: 'mar-a-lago-preview-divergences', publisher: null, publishedAt: null });
    for (const key of ['wrongActor', 'wrongOrganization', 'wrongIssue', 'wrongEvent', 'wrongSource']) expect(data[key]).toBeNull();
  });

  it('follows relationships both ways: attendance, affiliation, concerns, sources', async () => {
    const data = ok(
      await api.run(`{
        event(id: "netanyahu-trump-white-house-meeting-2026-02-11") {
          attendees { role attendee { id } event { id } sources { id } }
          issues { id }
          sources { id }
        }
        actor(id: "bezalel-smotrich") { affiliations { role organization { id } actor { id } } attended { event { id } } sources { id } }
        organization(id: "israeli-government") { members { role actor { id } } parts { id } }
        issue(id: "hamas-disarmament") { events { id date } }
      }`),
    );
    expect(data.event.attendees).toEqual([
      { role: 'guest', attendee: { id: 'benjamin-netanyahu' }, event: { id: 'netanyahu-trump-white-house-meeting-2026-02-11' }, sources: [{ id: 'reuters-iran-diplomacy-2026-02' }] },
      { role: 'host', attendee: { id: 'donald-trump' }, event: { id: 'netanyahu-trump-white-house-meeting-2026-02-11' }, sources: [{ id: 'reuters-iran-diplomacy-2026-02' }] },
    ]);
    expect(data.event.issues.map((i: { id: string }) => i.id)).toContain('palestinian-statehood');
    expect(data.event.sources).toEqual([{ id: 'reuters-iran-diplomacy-2026-02' }]);
    expect(data.actor.affiliations).toEqual(
      seeds.affiliations
        .filter((a) => a.actor === 'bezalel-smotrich')
        .map((a) => ({ role: a.role, organization: { id: a.organization }, actor: { id: 'bezalel-smotrich' } }))
        .sort((x, y) => x.organization.id.localeCompare(y.organization.id)),
    );
    expect(data.actor.attended).toEqual([]);
    expect(data.actor.sources).toEqual([{ id: 'white-house-visit-2025-departure' }]);
    expect(data.organization.members.map((m: { actor: { id: string } }) => m.actor.id).sort()).toEqual(
      seeds.affiliations.filter((a) => a.organization === 'israeli-government').map((a) => a.actor).sort(),
    );
    expect(data.organization.parts).toEqual([{ id: 'israeli-security-cabinet' }]);
    expect(data.issue.events.length).toBeGreaterThan(0);
  });

  it('lists a stakeholder\'s stances newest first, filtered by issue and kind', async () => {
    const data = ok(
      await api.run(`{
        actor(id: "donald-trump") {
          all: stances { id asOf }
          strikes: stances(issue: "military-strikes-on-iran") { id stance asOf asOfPrecision attribution quote holder { id } issue { id } }
          opposes: stances(stance: OPPOSES) { stance }
        }
      }`),
    );
    const trump = seeds.stances.filter((s) => s.holder === 'donald-trump');
    expect(data.actor.all).toHaveLength(trump.length);
    expect(data.actor.strikes.map((s: { id: string }) => s.id)).toEqual([
      'donald-trump-conditional-military-strikes-on-iran-2026-02-10',
      'donald-trump-conditional-military-strikes-on-iran-2026-01', // added by the 2026-12 corpus review
      'donald-trump-mixed-military-strikes-on-iran-2025',
    ]);
    expect(data.actor.strikes[0]).toMatchObject({ stance: 'CONDITIONAL', asOf: '2026-02-10', asOfPrecision: 'DAY', holder: { id: 'donald-trump' } });
    expect(data.actor.strikes[1]).toMatchObject({ asOf: '2026-01', asOfPrecision: 'MONTH' });
    expect(data.actor.strikes[2]).toMatchObject({ asOf: '2025', asOfPrecision: 'YEAR' });
    expect(data.actor.opposes).toHaveLength(trump.filter((s) => s.stance === 'OPPOSES').length);
    // Undated claims come last.
    expect(data.actor.all.at(-1).asOf).toBeNull();
  });

  it('counts and lists an issue\'s stances, with its sub-issues on request', async () => {
    const data = ok(
      await api.run(`{
        issue(id: "gaza-ceasefire") {
          own: stances { id }
          deep: stances(includeSubIssues: true) { id issue { id } }
          supports: stances(includeSubIssues: true, stance: SUPPORTS) { id }
          stanceCounts { supports opposes conditional mixed total }
          deepCounts: stanceCounts(includeSubIssues: true) { supports opposes conditional mixed total }
        }
      }`),
    );
    const own = seeds.stances.filter((s) => s.issue === 'gaza-ceasefire');
    const tree = issueWithDescendants('gaza-ceasefire');
    const deep = seeds.stances.filter((s) => tree.has(s.issue));
    const count = (list: typeof deep) => ({
      supports: list.filter((s) => s.stance === 'SUPPORTS').length,
      opposes: list.filter((s) => s.stance === 'OPPOSES').length,
      conditional: list.filter((s) => s.stance === 'CONDITIONAL').length,
      mixed: list.filter((s) => s.stance === 'MIXED').length,
      total: list.length,
    });
    expect(data.issue.own.map((s: { id: string }) => s.id).sort()).toEqual(own.map((s) => s.id).sort());
    expect(data.issue.deep.map((s: { id: string }) => s.id).sort()).toEqual(deep.map((s) => s.id).sort());
    expect(deep.length).toBeGreaterThan(own.length);
    expect(data.issue.supports).toHaveLength(count(deep).supports);
    expect(data.issue.stanceCounts).toEqual(count(own));
    expect(data.issue.deepCounts).toEqual(count(deep));
  });
});

describe('connections', () => {
  it.each([
    ['actors', seeds.actors.length],
    ['organizations', seeds.organizations.length],
    ['issues', seeds.issues.length],
    ['sources', seeds.sources.length],
  ])('%s pages through every item once, ordered by id', async (field, count) => {
    const { nodes, totals, pages } = await all<{ id: string }>(field, 'id', 7);
    expect(nodes.map((n) => n.id)).toEqual([...nodes.map((n) => n.id)].sort());
    expect(new Set(nodes.map((n) => n.id)).size).toBe(count);
    expect(totals.every((t) => t === count)).toBe(true);
    expect(pages).toBe(Math.max(1, Math.ceil(count / 7)));
  });

  it('events come in date order, undated last, and filter by date range', async () => {
    const { nodes, totals } = await all<{ id: string; date: string | null }>('events', 'id date', 5);
    expect(totals[0]).toBe(seeds.events.length);
    expect(nodes).toHaveLength(seeds.events.length);
    const dated = nodes.filter((n) => n.date);
    expect(nodes.slice(0, dated.length)).toEqual(dated);
    const firstDays = dated.map((n) => (n.date!.length === 4 ? `${n.date}-01-01` : n.date!.length === 7 ? `${n.date}-01` : n.date!));
    expect(firstDays).toEqual([...firstDays].sort());

    const feb = ok(await api.run(`{ events(from: "2026-02-01", to: "2026-02-28") { totalCount edges { node { id date } } } }`));
    expect(feb.events.edges.map((e: any) => e.node.id)).toContain('netanyahu-trump-white-house-meeting-2026-02-11');
    expect(feb.events.totalCount).toBe(feb.events.edges.length);
    expect(feb.events.edges.every((e: any) => e.node.date >= '2026-02' && e.node.date <= '2026-02-28')).toBe(true);
    const day = ok(await api.run(`{ events(from: "2026-02-11", to: "2026-02-11") { edges { node { id } } } }`));
    expect(day.events.edges).toEqual([{ node: { id: 'netanyahu-trump-white-house-meeting-2026-02-11' } }]);
  });

  it('gives each event the status its seed says, and an announced meeting is PLANNED', async () => {
    const { nodes } = await all<{ id: string; status: string }>('events', 'id status', 50);
    const bySeed = Object.fromEntries(seeds.events.map((e) => [e.id, e.status]));
    expect(Object.fromEntries(nodes.map((n) => [n.id, n.status]))).toEqual(bySeed);
    const meeting = ok(await api.run(`{ event(id: "netanyahu-trump-white-house-meeting-2026-02-11") { status attendees { role attendee { id } } } }`));
    expect(meeting.event.status).toBe('PLANNED');
    expect(meeting.event.attendees.map((a: any) => a.attendee.id).sort()).toEqual(['benjamin-netanyahu', 'donald-trump']);
    const oman = ok(await api.run(`{ node(id: "us-iran-talks-oman-2026-02-06") { ... on Event { status } } }`));
    expect(oman.node.status).toBe('HELD');
  });

  it('events(status:) lists only the events of that status, paged, with totalCount, and combines with a date range', async () => {
    for (const status of ['PLANNED', 'HELD', 'CANCELLED'] as const) {
      const expected = seeds.events.filter((e) => e.status === status).map((e) => e.id).sort();
      const { nodes, totals } = await all<{ id: string; status: string }>('events', 'id status', 4, `, status: ${status}`);
      expect(totals.every((t) => t === expected.length)).toBe(true);
      expect(nodes.map((n) => n.id).sort()).toEqual(expected);
      expect(nodes.every((n) => n.status === status)).toBe(true);
    }
    const planned2026 = ok(await api.run(`{ events(status: PLANNED, from: "2026-01-01") { totalCount edges { node { id } } } }`));
    expect(planned2026.events.edges.map((e: any) => e.node.id)).toEqual([
      'netanyahu-trump-white-house-meeting-2026-02-11',
      'israeli-budget-deadline-2026-03',
      'israeli-general-election-2026-10',
    ]);
    const bad = await api.run(`{ events(status: DONE) { totalCount } }`);
    expect(bad.codes).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('stances page newest first through all claims', async () => {
    const { nodes, totals } = await all<{ id: string; asOf: string | null }>('stances', 'id asOf', 30);
    expect(totals[0]).toBe(seeds.stances.length);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(seeds.stances.length);
    const dated = nodes.filter((n) => n.asOf);
    expect(nodes.slice(0, dated.length)).toEqual(dated);
  });

  it('stances filter by holder, issue and sub-issues, kind, attribution, source and date', async () => {
    const tree = issueWithDescendants('iran-policy');
    const cases: Array<[string, (s: (typeof seeds.stances)[number]) => boolean]> = [
      ['{ holder: "donald-trump" }', (s) => s.holder === 'donald-trump'],
      ['{ issue: "iran-policy", includeSubIssues: true }', (s) => tree.has(s.issue)],
      ['{ holder: "benjamin-netanyahu", issue: "iran-policy", includeSubIssues: true }', (s) => s.holder === 'benjamin-netanyahu' && tree.has(s.issue)],
      ['{ issue: "gaza-ceasefire" }', (s) => s.issue === 'gaza-ceasefire'],
      ['{ stance: MIXED }', (s) => s.stance === 'MIXED'],
      ['{ attribution: ASSESSED }', (s) => s.attribution === 'ASSESSED'],
      ['{ source: "washington-gaza-ceasefire-dialogue" }', (s) => s.sources.includes('washington-gaza-ceasefire-dialogue')],
      ['{ asOfFrom: "2026-02-01", asOfTo: "2026-02-10" }', (s) => !!s.asOf && s.asOf >= '2026-02' && s.asOf <= '2026-02-10'],
    ];
    for (const [filter, match] of cases) {
      const data = ok(await api.run(`{ stances(first: 100, filter: ${filter}) { totalCount edges { node { id } } } }`));
      const expected = seeds.stances.filter(match).map((s) => s.id).sort();
      expect(expected.length, filter).toBeGreaterThan(0);
      expect(data.stances.totalCount, filter).toBe(expected.length);
      expect(data.stances.edges.map((e: any) => e.node.id).sort(), filter).toEqual(expected);
    }
  });

  it('first: 0 answers only the count; first defaults to 20', async () => {
    const data = ok(await api.run(`{ none: stances(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } some: stances { edges { cursor } } }`));
    expect(data.none).toEqual({ totalCount: seeds.stances.length, edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
    expect(data.some.edges).toHaveLength(20);
  });
});

describe('search', () => {
  it('finds nodes of every kind by name, alias, title or description, best first', async () => {
    const data = ok(
      await api.run(`{
        byAlias: search(text: "Prime Minister Netanyahu") { score node { id } }
        punctuation: search(text: "Mar-a-Lago") { score node { __typename id } }
        quote: search(text: "\\"") { node { id } }
        prefix: search(text: "Smotr") { node { id } }
        issues: search(text: "ballistic missiles", kinds: [ISSUE], first: 3) { score node { __typename id } }
        source: search(text: "diplomacy", kinds: [SOURCE]) { node { id } }
      }`),
    );
    expect(data.byAlias[0].node.id).toBe('benjamin-netanyahu');
    const scores = data.byAlias.map((r: { score: number }) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(data.punctuation[0].node).toEqual({ __typename: 'Event', id: 'netanyahu-trump-mar-a-lago-meeting-2025' });
    expect(data.quote).toEqual([]);
    expect(data.prefix[0].node.id).toBe('bezalel-smotrich');
    expect(data.issues[0].node).toEqual({ __typename: 'Issue', id: 'iran-ballistic-missiles' });
    expect(data.issues.every((r: any) => r.node.__typename === 'Issue')).toBe(true);
    expect(data.issues.length).toBeLessThanOrEqual(3);
    expect(data.source).toEqual([{ node: { id: 'reuters-iran-diplomacy-2026-02' } }]);
  });
});

describe('claim properties asked through fragments', () => {
  it('reads every property a fragment asks for, in lists and connections', async () => {
    const data = ok(
      await api.run(`{
        actor(id: "donald-trump") { stances { ...Claim } }
        issue(id: "iran-policy") { stances(includeSubIssues: true) { ... on Stance { id position attribution } } }
        stances(first: 5, filter: { holder: "donald-trump" }) { edges { node { ...Claim } } }
      }
      fragment Claim on Stance { id position attribution asOf asOfPrecision quote sources { id } }`),
    );
    const byId = new Map(seeds.stances.map((s) => [s.id, s]));
    const claims = [...data.actor.stances, ...data.stances.edges.map((e: any) => e.node)];
    expect(claims.length).toBeGreaterThan(5);
    for (const c of claims) {
      const seed = byId.get(c.id)!;
      expect(c.position).toBe(seed.position);
      expect(c.attribution).toBe(seed.attribution);
      expect(c.quote).toBe(seed.quote ?? null);
      expect(c.sources.map((s: { id: string }) => s.id).sort()).toEqual([...seed.sources].sort());
      expect(c.asOf).toBe(seed.asOf ?? null);
    }
    for (const c of data.issue.stances) expect([c.position, c.attribution]).toEqual([byId.get(c.id)!.position, byId.get(c.id)!.attribution]);
  });
});
