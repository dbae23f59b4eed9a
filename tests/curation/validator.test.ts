// One validator for seeds and mutations: the same record checked as a seed file and as a
// mutation's input gets the same messages, placed by file and line for the one and by input
// path for the other; a mutation's references are checked against the graph's facts.
import { describe, expect, it } from 'vitest';
import { checkSeeds } from '../../src/seed/index.js';
import { checkInput } from '../../src/validate/check.js';
import type { Kind } from '../../src/validate/records.js';

const facts = (kinds: Record<string, Kind>, parents: Record<string, string> = {}) => ({
  kinds: new Map(Object.entries(kinds)),
  parents: new Map(Object.entries(parents)),
});

describe('one validator', () => {
  it('gives a seed file and a mutation the same messages for the same record', () => {
    const record = { id: 'x-claim', holder: 'iran-policy', issue: 'iran-policy', stance: 'OPPOSES', attribution: 'STATED', position: 'p', asOf: '2026-13-01', sources: ['nope'] };
    const seed = checkSeeds([
      { name: 'f.yaml', text: `issues:\n  - id: iran-policy\n    name: Iran\nstances:\n  - ${JSON.stringify(record)}\n` },
    ]).problems;
    const input = checkInput('stances', record, facts({ 'iran-policy': 'issues' }));
    expect(input.ok).toBe(false);
    const mutation = input.ok ? [] : input.problems;
    const strip = (path: string) => path.replace(/^stances\[0\]\.|^input\./, '');
    expect(mutation.map((p) => [strip(p.path), p.value, p.message]).sort()).toEqual(seed.map((p) => [strip(p.path), p.value, p.message]).sort());
    expect(mutation.map((p) => p.path).sort()).toEqual(['input.asOf', 'input.holder', 'input.sources[0]']);
    expect(seed.every((p) => p.file === 'f.yaml' && p.line === 5)).toBe(true);
  });

  it('checks a mutation against the graph: kinds of ids, and PART_OF cycles through it', () => {
    const ok = checkInput('issues', { id: 'a', name: 'A', parent: 'b' }, facts({ b: 'issues' }, { b: 'c' }));
    expect(ok.ok).toBe(true);
    const cycle = checkInput('issues', { id: 'a', name: 'A', parent: 'b' }, facts({ a: 'issues', b: 'issues', c: 'issues' }, { b: 'c', c: 'a' }));
    expect(cycle.ok ? [] : cycle.problems).toEqual([{ path: 'input.parent', value: 'b', message: 'PART_OF cycle among issues: a -> b -> c -> a' }]);
    const taken = checkInput('actors', { id: 'iran', name: 'Iran' }, facts({ iran: 'organizations' }));
    expect(taken.ok ? [] : taken.problems).toEqual([{ path: 'input.id', value: 'iran', message: 'this id is an organization in the graph; ids are unique across all kinds' }]);
  });
});
