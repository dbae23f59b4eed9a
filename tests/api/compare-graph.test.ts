// compare(a, b) and graph(ids, depth, limit) over the seeded graph.
import { describe, expect, it } from 'vitest';
import { inProcessApi, ok } from '../helpers/api.js';
import { seeds } from '../helpers/seeds.js';

const api = await inProcessApi();

const COMPARE = `query($a: ID!, $b: ID!) {
  compare(a: $a, b: $b) {
    a { id name } b { id name }
    agreements { issue { id } a { id } b { id } latestA { id stance } latestB { id stance } }
    divergences { issue { id } a { id } b { id } latestA { id stance } latestB { id stance } }
  }
}`;

describe('compare', () => {
  it('shows where Trump and Netanyahu diverge and where they agree', async () => {
    const result = await api.run(COMPARE, { a: 'donald-trump', b: 'benjamin-netanyahu' });
    const { compare } = ok(result);
    expect(compare.a).toEqual({ id: 'donald-trump', name: 'Donald Trump' });
    expect(compare.b).toEqual({ id: 'benjamin-netanyahu', name: 'Benjamin Netanyahu' });
    const ids = (list: any[]) => list.map((c) => c.issue.id);
    expect(ids(compare.divergences)).toEqual(expect.arrayContaining(['gaza-ceasefire-phase-2', 'palestinian-statehood']));
    expect(ids(compare.agreements)).toEqual(expect.arrayContaining(['hamas-disarmament']));

    // Exactly the issues both hold claims on, each once, sorted by id.
    const held = (holder: string) => new Set(seeds.stances.filter((s) => s.holder === holder).map((s) => s.issue));
    const trump = held('donald-trump');
    const both = [...held('benjamin-netanyahu')].filter((i) => trump.has(i)).sort();
    expect([...ids(compare.agreements), ...ids(compare.divergences)].sort()).toEqual(both);
    expect(ids(compare.agreements)).toEqual([...ids(compare.agreements)].sort());

    for (const c of compare.agreements) expect(c.latestA.stance).toBe(c.latestB.stance);
    for (const c of compare.divergences) expect(c.latestA.stance).not.toBe(c.latestB.stance);

    // Trump has three claims on strikes on Iran (the January 2026 one added by the 2026-12 corpus review); the
    // newest (CONDITIONAL, 2026-02-10) is the one compared.
    const strikes = [...compare.agreements, ...compare.divergences].find((c) => c.issue.id === 'military-strikes-on-iran');
    expect(strikes.a.map((s: { id: string }) => s.id)).toEqual([
      'donald-trump-conditional-military-strikes-on-iran-2026-02-10',
      'donald-trump-conditional-military-strikes-on-iran-2026-01',
      'donald-trump-mixed-military-strikes-on-iran-2025',
    ]);
    expect(strikes.latestA).toEqual({ id: 'donald-trump-conditional-military-strikes-on-iran-2026-02-10', stance: 'CONDITIONAL' });
    expect(result.roundTrips).toBeLessThanOrEqual(3);
  });

  it('compares organizations as well as actors', async () => {
    const { compare } = ok(await api.run(COMPARE, { a: 'trump-administration', b: 'israel' }));
    expect(compare.a.id).toBe('trump-administration');
    expect(Array.isArray(compare.agreements)).toBe(true);
  });

  it('answers NOT_FOUND, naming the argument, when an id is no actor or organization', async () => {
    for (const [a, b, name] of [
      ['donald-trump', 'no-such-person', 'b'],
      ['iran-policy', 'donald-trump', 'a'],
    ] as const) {
      const result = await api.run(COMPARE, { a, b });
      expect(result.codes).toEqual(['NOT_FOUND']);
      expect(result.errors?.[0]?.message).toContain(name === 'a' ? a : b);
      expect(result.errors?.[0]?.extensions?.argumentName).toBe(name);
    }
  });
});

const GRAPH = `query($ids: [ID!]!, $depth: Int, $limit: Int, $types: [EdgeType!]) {
  graph(ids: $ids, depth: $depth, limit: $limit, types: $types) {
    truncated
    nodes { id kind label }
    edges { id type source target label }
  }
}`;

type Subgraph = {
  truncated: boolean;
  nodes: Array<{ id: string; kind: string; label: string }>;
  edges: Array<{ id: string; type: string; source: string; target: string; label: string | null }>;
};

async function graph(vars: Record<string, unknown>): Promise<Subgraph> {
  return ok(await api.run(GRAPH, vars)).graph;
}

/** Checks what every subgraph promises: unique ids, edge ends among the nodes. */
function checkIntegrity(g: Subgraph) {
  const nodeIds = g.nodes.map((n) => n.id);
  expect(new Set(nodeIds).size).toBe(nodeIds.length);
  const edgeIds = g.edges.map((e) => e.id);
  expect(new Set(edgeIds).size).toBe(edgeIds.length);
  const present = new Set(nodeIds);
  for (const e of g.edges) {
    expect(present.has(e.source), `${e.id}: source`).toBe(true);
    expect(present.has(e.target), `${e.id}: target`).toBe(true);
  }
}

/** Hops from the start nodes to each node, over the returned edges in either direction. */
function distances(g: Subgraph, starts: string[]): Map<string, number> {
  const dist = new Map(starts.map((s) => [s, 0]));
  let frontier = starts;
  while (frontier.length) {
    const next: string[] = [];
    for (const e of g.edges) {
      for (const [from, to] of [[e.source, e.target], [e.target, e.source]] as const) {
        if (frontier.includes(from) && !dist.has(to)) {
          dist.set(to, dist.get(from)! + 1);
          next.push(to);
        }
      }
    }
    frontier = next;
  }
  return dist;
}

describe('graph', () => {
  it('depth 0 is the start nodes and the edges between them', async () => {
    const g = await graph({ ids: ['donald-trump', 'trump-administration', 'no-such-node'], depth: 0 });
    checkIntegrity(g);
    expect(g.nodes).toEqual([
      { id: 'donald-trump', kind: 'ACTOR', label: 'Donald Trump' },
      { id: 'trump-administration', kind: 'ORGANIZATION', label: 'Trump administration' },
    ]);
    expect(g.edges).toEqual([
      { id: 'AFFILIATED_WITH:donald-trump->trump-administration', type: 'AFFILIATED_WITH', source: 'donald-trump', target: 'trump-administration', label: 'President' },
    ]);
    expect(g.truncated).toBe(false);
  });

  it('honours the depth, keeps ids unique and every edge end among the nodes', async () => {
    // Without MENTIONED_IN: every node shares a source with most others, so through sources
    // all of the graph is two steps away and depth 3 would show nothing new.
    const types = ['HOLDS_STANCE', 'ATTENDED', 'AFFILIATED_WITH', 'PART_OF', 'CONCERNS'];
    const starts = ['bezalel-smotrich'];
    let previous: Subgraph | undefined;
    for (const depth of [1, 2, 3]) {
      const g = await graph({ ids: starts, depth, limit: 500, types });
      checkIntegrity(g);
      expect(g.truncated).toBe(false);
      const dist = distances(g, starts);
      for (const n of g.nodes) {
        expect(dist.get(n.id), `${n.id} at depth ${depth}`).toBeLessThanOrEqual(depth);
      }
      expect(Math.max(...dist.values())).toBe(depth);
      if (previous) {
        const ids = new Set(g.nodes.map((n) => n.id));
        expect(previous.nodes.every((n) => ids.has(n.id))).toBe(true);
        expect(g.nodes.length).toBeGreaterThan(previous.nodes.length);
      }
      previous = g;
    }
  });

  it('names stance edges by their claim and other edges by type, source and target, the same every time', async () => {
    const vars = { ids: ['benjamin-netanyahu'], depth: 1, types: ['HOLDS_STANCE', 'ATTENDED'] };
    const g = await graph(vars);
    checkIntegrity(g);
    expect(new Set(g.edges.map((e) => e.type))).toEqual(new Set(['HOLDS_STANCE', 'ATTENDED']));
    const claim = seeds.stances.find((s) => s.holder === 'benjamin-netanyahu' && s.issue === 'hamas-disarmament')!;
    expect(g.edges).toContainEqual({ id: claim.id, type: 'HOLDS_STANCE', source: 'benjamin-netanyahu', target: 'hamas-disarmament', label: claim.stance });
    expect(g.edges).toContainEqual({
      id: 'ATTENDED:benjamin-netanyahu->netanyahu-trump-white-house-meeting-2026-02-11',
      type: 'ATTENDED',
      source: 'benjamin-netanyahu',
      target: 'netanyahu-trump-white-house-meeting-2026-02-11',
      label: 'guest',
    });
    expect(await graph(vars)).toEqual(g);
  });

  it('sets truncated when the limit cuts nodes or edges, and stays within it', async () => {
    const g = await graph({ ids: ['benjamin-netanyahu', 'donald-trump'], depth: 2, limit: 5 });
    checkIntegrity(g);
    expect(g.truncated).toBe(true);
    expect(g.nodes.length).toBeLessThanOrEqual(5);
    expect(g.edges.length).toBeLessThanOrEqual(5);
    expect(g.nodes.slice(0, 2).map((n) => n.id)).toEqual(['benjamin-netanyahu', 'donald-trump']);
  });
});
