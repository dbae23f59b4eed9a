// The playground's example operations run, as the playground sends them: the whole
// document, one operation picked by name.
import { describe, expect, it } from 'vitest';
import { EXAMPLES, EXAMPLES_DOCUMENT, EXAMPLES_VARIABLES } from '../../src/api/surfaces/examples.js';
import { inProcessApi, ok } from '../helpers/api.js';

const api = await inProcessApi();

describe('playground examples', () => {
  it('each has a unique operation name found in the document', () => {
    expect(new Set(EXAMPLES.map((e) => e.name)).size).toBe(EXAMPLES.length);
    for (const e of EXAMPLES) expect(e.query).toContain(`query ${e.name}`);
  });

  it.each(EXAMPLES.map((e) => [e.name, e] as const))('%s runs without errors', async (name, example) => {
    const result = await api.run(EXAMPLES_DOCUMENT, { ...EXAMPLES_VARIABLES, ...example.variables }, name);
    const data = ok(result);
    expect(Object.values(data).every((v) => v !== null)).toBe(true);
    expect(result.roundTrips).toBeGreaterThan(0);
  });

  it('answer the questions they ask', async () => {
    const run = async (name: string) => ok(await api.run(EXAMPLES_DOCUMENT, EXAMPLES_VARIABLES, name));
    const meeting = await run('WhoAttendedTheFeb11Meeting');
    expect(meeting.event.date).toBe('2026-02-11');
    expect(meeting.event.attendees.map((a: any) => a.attendee.id).sort()).toEqual(['benjamin-netanyahu', 'donald-trump']);
    const iran = await run('TrumpAndNetanyahuOnIran');
    expect(iran.trump.totalCount).toBeGreaterThan(0);
    expect(iran.netanyahu.totalCount).toBeGreaterThan(0);
    const compare = await run('CompareTrumpAndNetanyahu');
    expect(compare.compare.divergences.length).toBeGreaterThan(0);
    const sources = await run('SourcesOfAStance');
    expect(sources.actor.stances[0].sources.length).toBeGreaterThan(0);
    const graph = await run('NetanyahuNeighbourhood');
    expect(graph.graph.nodes[0].id).toBe('benjamin-netanyahu');
    const paged = await run('PagedOpposingStances');
    expect(paged.stances.pageInfo.hasNextPage).toBe(true);
    const next = ok(await api.run(EXAMPLES_DOCUMENT, { after: paged.stances.pageInfo.endCursor }, 'PagedOpposingStances'));
    expect(next.stances.edges[0].node.id).not.toBe(paged.stances.edges[0].node.id);
    const search = await run('SearchMarALago');
    expect(search.search[0].node.id).toBe('netanyahu-trump-mar-a-lago-meeting-2025');
  });
});
