// SettlingLoader hands resolvers a value the request already holds without a promise (so
// graphql-js completes the object synchronously), and otherwise behaves as DataLoader does.
import { describe, expect, it } from 'vitest';
import { SettlingLoader } from '../../src/api/loaders/batch.js';

const loader = (batches: string[][] = []) =>
  new SettlingLoader<string, string>(
    async (keys) => {
      batches.push([...keys]);
      return keys.map((k) => (k === 'bad' ? new Error(`no ${k}`) : k.toUpperCase()));
    },
    { name: 'test' },
  );

describe('SettlingLoader.loadNow', () => {
  it('is a promise until the key has loaded, then the value itself', async () => {
    const batches: string[][] = [];
    const l = loader(batches);
    const first = l.loadNow('a');
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toBe('A');
    expect(l.loadNow('a')).toBe('A');
    expect(batches).toEqual([['a']]);
  });

  it('gives a value loaded by loadMany, a batch for all keys at once', async () => {
    const batches: string[][] = [];
    const l = loader(batches);
    await l.loadMany(['a', 'b']);
    expect([l.loadNow('a'), l.loadNow('b')]).toEqual(['A', 'B']);
    expect(batches).toEqual([['a', 'b']]);
  });

  it('gives a primed value at once, and a cleared key loads again', async () => {
    const batches: string[][] = [];
    const l = loader(batches);
    l.prime('p', 'primed');
    expect(l.loadNow('p')).toBe('primed');
    l.clear('p');
    expect(await l.loadNow('p')).toBe('P');
    l.clearAll();
    expect(l.loadNow('p')).toBeInstanceOf(Promise);
  });

  it('keeps a failed key a rejected promise, not a value', async () => {
    const l = loader();
    await expect(l.loadNow('bad')).rejects.toThrow('no bad');
    const again = l.loadNow('bad');
    expect(again).toBeInstanceOf(Promise);
    await expect(again).rejects.toThrow('no bad');
  });
});
