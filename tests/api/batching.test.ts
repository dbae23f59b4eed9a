// A nested query costs one Cypher round trip per level, not one per parent: the loaders
// batch every key of a level into one query. The count comes from the response's
// extensions (as a client sees it) and from a runner that records each query's name.
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/api/request/context.js';
import { execute, inProcessApi, ok } from '../helpers/api.js';
import { seeds } from '../helpers/seeds.js';

const api = await inProcessApi();

/** Runs a query in a fresh context and returns the result with the names of the queries it sent. */
async function sent(query: string, variables?: Record<string, unknown>) {
  const context = createContext({ db: api.db, config: api.config });
  const result = await execute(api.server, context, query, variables);
  return { result, batches: context.runner.sent };
}

/** issues > stances > holder > affiliations > organization > members > actor: seven levels that read. */
const DEEP = `query Deep($first: Int) {
  issues(first: $first) {
    totalCount
    edges { node {
      id
      stances {
        id
        holder {
          __typename id name
          ... on Actor { affiliations { role organization { id name members { role actor { id name } } } } }
        }
      }
    } }
  }
}`;

describe('round trips', () => {
  it('issues > stances > holder > affiliations > organization > members stays within 8, whatever the size', async () => {
    const counts: number[] = [];
    for (const first of [1, 5, 100]) {
      const result = await api.run(DEEP, { first });
      const data = ok(result);
      expect(data.issues.edges.length).toBe(Math.min(first, seeds.issues.length));
      expect(result.roundTrips).toBeGreaterThan(0);
      expect(result.roundTrips).toBeLessThanOrEqual(8);
      counts.push(result.roundTrips!);
    }
    // The first issue by id has claims by actors with affiliations, so one issue walks every level too.
    expect(counts[0]).toBe(counts[2]);
    expect(new Set(counts).size).toBe(1);
  });

  it('sends each query once per level, however many parents there are', async () => {
    const { result, batches } = await sent(DEEP, { first: 100 });
    ok(result);
    expect(result.queries).toBe(batches.length);
    expect(result.roundTrips).toBe(batches.length);
    // Each edge query brings the nodes at its far end (holders, organizations, members), so
    // no level needs an entities-by-id query of its own.
    expect(batches).toEqual([
      'api/issues-page',
      'api/stances-on-issues',
      'api/affiliations-of-actors',
      'api/members-of-organizations',
    ]);
  });

  it('loads the nodes a level refers to in one batch, whatever their kind', async () => {
    // Stance holder, issue and sources are one level: one entities-by-id query for all three.
    const { result, batches } = await sent(`{ stances(first: 100) { edges { node { holder { id } issue { id } sources { id } } } } }`);
    const data = ok(result);
    expect(data.stances.edges).toHaveLength(Math.min(100, seeds.stances.length));
    expect(batches).toEqual(['api/stances-page', 'api/entities-by-id']);
  });

  it('shares one query between an issue\'s stances and its stance counts', async () => {
    const { result, batches } = await sent(
      `{ issues(first: 100) { edges { node { stances { id } stanceCounts { total } deep: stanceCounts(includeSubIssues: true) { total } } } } }`,
    );
    ok(result);
    expect(batches).toEqual(['api/issues-page', 'api/stances-on-issues']);
  });

  it('answers a node and the edges its selection goes on to in one query', async () => {
    const actor = await sent(`{ actor(id: "benjamin-netanyahu") { name stances { stance issue { name } } } }`);
    expect(actor.batches).toEqual(['api/stances-of-holders']);
    const netanyahu = ok(actor.result).actor;
    expect(netanyahu.name).toBe(seeds.actors.find((a) => a.id === 'benjamin-netanyahu')!.name);
    expect(netanyahu.stances).toHaveLength(seeds.stances.filter((c) => c.holder === 'benjamin-netanyahu').length);
    const issue = await sent(`{ issue(id: "iran-policy") { name stanceCounts { total } stances { holder { name } } } }`);
    expect(issue.batches).toEqual(['api/stances-on-issues']);
    expect(ok(issue.result).issue.stances.length).toBe(ok(issue.result).issue.stanceCounts.total);
    const event = await sent(`{ event(id: "netanyahu-trump-white-house-meeting-2026-02-11") { name attendees { attendee { name } } } }`);
    expect(event.batches).toEqual(['api/attendances-of-events']);
    expect(ok(event.result).event.attendees.length).toBeGreaterThan(0);
  });

  it('answers null for an unknown id or a node of another kind when it looks ahead', async () => {
    const unknown = await sent(`{ a: actor(id: "nobody-at-all") { stances { id } } i: issue(id: "no-such-issue") { stances { id } } }`);
    expect(ok(unknown.result)).toEqual({ a: null, i: null });
    // The edge queries say no node has those ids: nothing more to ask.
    expect(unknown.batches).toEqual(['api/stances-of-holders', 'api/stances-on-issues']);
    const otherKind = await sent(`{ actor(id: "iran-policy") { stances { id } } }`);
    expect(ok(otherKind.result)).toEqual({ actor: null });
    // The node exists but is an issue: entities-by-id reads it, a second round trip.
    expect(otherKind.batches).toEqual(['api/stances-of-holders', 'api/entities-by-id']);
    expect(otherKind.result.roundTrips).toBe(2);
  });

  it('keeps loader caches per request', async () => {
    const first = await api.run(`{ actor(id: "donald-trump") { name } }`);
    const second = await api.run(`{ actor(id: "donald-trump") { name } }`);
    expect(first.roundTrips).toBe(1);
    expect(second.roundTrips).toBe(1);
  });
});
