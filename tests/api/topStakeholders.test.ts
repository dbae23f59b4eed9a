// topStakeholders: the actors and organizations holding the most claims, the explorer's
// opening view. Expected order counted from seeds/stances.yaml, not copied here.
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/errors.js';
import { inProcessApi, ok } from '../helpers/api.js';
import { curationApi } from '../helpers/curation.js';
import { seeds } from '../helpers/seeds.js';

const api = await inProcessApi();
// For the last test, which retracts claims: the seeds are loaded again after this file.
const curation = await curationApi();

/** Holders by how many seeded claims they hold, most first, then by id. */
function byClaims(): Array<{ id: string; claims: number }> {
  const counts = new Map<string, number>();
  for (const s of seeds.stances) counts.set(s.holder, (counts.get(s.holder) ?? 0) + 1);
  return [...counts]
    .map(([id, claims]) => ({ id, claims }))
    .sort((a, b) => b.claims - a.claims || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

describe('topStakeholders', () => {
  it('lists the holders of the most claims, most first, ties by id, each with its claims', async () => {
    const expected = byClaims().slice(0, 5);
    const data = ok(await api.run('{ topStakeholders(first: 5) { __typename id name stances { id } } }'));
    expect(data.topStakeholders.map((h: { id: string }) => h.id)).toEqual(expected.map((h) => h.id));
    expect(data.topStakeholders.map((h: { stances: unknown[] }) => h.stances.length)).toEqual(expected.map((h) => h.claims));
    const kinds = new Set([...seeds.actors.map((a) => a.id)]);
    for (const h of data.topStakeholders) expect(h.__typename).toBe(kinds.has(h.id) ? 'Actor' : 'Organization');
  });

  it('gives 20 by default, every holder when there are fewer, none for first: 0', async () => {
    const all = byClaims();
    const data = ok(await api.run('{ all: topStakeholders { id } none: topStakeholders(first: 0) { id } }'));
    expect(data.all.map((h: { id: string }) => h.id)).toEqual(all.slice(0, 20).map((h) => h.id));
    expect(data.none).toEqual([]);
  });

  it('refuses a page over 100, naming the value', async () => {
    const result = await api.run('{ topStakeholders(first: 101) { id } }');
    expect(result.codes).toEqual([ErrorCode.BAD_USER_INPUT]);
    expect(result.errors![0]!.message).toContain('101');
  });
});

describe('topStakeholders after retractions', () => {
  it('counts standing claims only: the first holder, with enough claims retracted, falls behind the second', async () => {
    const [first, second] = byClaims();
    const retract = seeds.stances.filter((s) => s.holder === first!.id).slice(0, first!.claims - second!.claims + 1);
    for (const claim of retract) {
      ok(await curation.curator(`mutation($id: ID!) { retractStance(id: $id, reason: "test: ranking") { id } }`, { id: claim.id }));
    }
    const data = ok(await api.run('{ topStakeholders(first: 2) { id stances { id } } }'));
    expect(data.topStakeholders.map((h: { id: string }) => h.id)).toEqual([second!.id, first!.id]);
    expect(data.topStakeholders[1].stances).toHaveLength(second!.claims - 1);
  });
});
