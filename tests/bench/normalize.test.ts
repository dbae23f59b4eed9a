// The bench's same-data check (bench/normalize.ts): what it forgives (order) and what it
// does not (any value, any missing field or item). Pure: no database.
import { describe, expect, it } from 'vitest';
import { differences, fromEdges, normalize, sameData } from '../../bench/normalize.js';

describe('normalize', () => {
  it('sorts lists of objects by id at every depth and object keys, keeping every field', () => {
    const answer = {
      issue: {
        name: 'Iran',
        id: 'iran',
        stances: [
          { id: 'c2', holder: { name: 'B', id: 'b' } },
          { id: 'c1', holder: { id: 'a', name: 'A' } },
        ],
      },
    };
    expect(JSON.stringify(normalize(answer))).toBe(
      JSON.stringify({ issue: { id: 'iran', name: 'Iran', stances: [{ holder: { id: 'a', name: 'A' }, id: 'c1' }, { holder: { id: 'b', name: 'B' }, id: 'c2' }] } }),
    );
  });

  it('orders lists of objects without ids by their content, and leaves lists of scalars as they are', () => {
    const a = { affiliations: [{ role: 'z', organization: { id: 'o2' } }, { role: 'a', organization: { id: 'o1' } }], aliases: ['x', 'b'] };
    const b = { aliases: ['x', 'b'], affiliations: [{ organization: { id: 'o1' }, role: 'a' }, { organization: { id: 'o2' }, role: 'z' }] };
    expect(sameData(a, b)).toEqual({ same: true });
    expect(sameData({ aliases: ['x', 'b'] }, { aliases: ['b', 'x'] }).same).toBe(false);
  });
});

describe('sameData', () => {
  it('names the path and both values of a changed value', () => {
    const result = sameData({ actor: { id: 'a', stances: [{ id: 'c1', stance: 'SUPPORTS' }] } }, { actor: { id: 'a', stances: [{ id: 'c1', stance: 'OPPOSES' }] } });
    expect(result).toEqual({ same: false, differences: ['actor.stances[0].stance: "SUPPORTS" ≠ "OPPOSES"'] });
  });

  it('catches a missing item, a missing field and null against a value', () => {
    expect(differences(normalize({ l: [{ id: 'a' }, { id: 'b' }] }), normalize({ l: [{ id: 'a' }] }))).toEqual(['l: 2 items ≠ 1 items']);
    expect(sameData({ x: { id: 'a', role: null } }, { x: { id: 'a' } })).toEqual({ same: false, differences: ['x.role: null ≠ (absent)'] });
    expect(sameData({ event: null }, { event: { id: 'e' } }).same).toBe(false);
  });

  it('reports at most the first ten differences', () => {
    const many = (v: string) => ({ l: Array.from({ length: 30 }, (_, i) => ({ id: `n${String(i).padStart(2, '0')}`, v })) });
    const result = sameData(many('a'), many('b'));
    expect(result.same).toBe(false);
    if (!result.same) expect(result.differences).toHaveLength(10);
  });
});

describe('fromEdges', () => {
  it("maps @neo4j/graphql's relationship connection onto stancegraph's list of edge objects", () => {
    const peer = { edges: [{ properties: { role: 'host' }, node: { id: 'trump', name: 'Donald Trump' } }] };
    expect(fromEdges(peer, (p, n) => ({ role: p.role ?? null, attendee: n }))).toEqual([{ role: 'host', attendee: { id: 'trump', name: 'Donald Trump' } }]);
    expect(fromEdges(null, () => 1)).toEqual([]);
  });
});
