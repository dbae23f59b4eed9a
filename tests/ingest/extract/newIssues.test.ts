import { describe, expect, it } from 'vitest';
import { IssueMatcher } from '../../../src/ingest/extract/issues.js';
import { proposalsOf } from '../../../src/ingest/proposals.js';
import { catalog, draftOf } from './fixtures.js';

const pairs = (text: string) => draftOf(text, null).stances.map((s) => [s.holder, s.issue, s.stance]);

describe('new issues', () => {
  it('proposes the noun phrase a cue governs as a new issue when no catalog issue is about it, and the stance on it', () => {
    const draft = draftOf('Olga Petrova rejects the annexation of the northern islands.', null);
    expect(draft.entities.filter((e) => e.kind === 'ISSUE')).toEqual([
      expect.objectContaining({ id: 'annexation-of-the-northern-islands', name: 'Annexation of the northern islands', new: true }),
    ]);
    expect(draft.stances.map((s) => [s.holder, s.issue, s.stance])).toEqual([['olga-petrova', 'annexation-of-the-northern-islands', 'OPPOSES']]);
    // The ingest makes the stance wait for the issue's proposal, as it waits for a new actor's.
    const stance = proposalsOf(draft, 'test-article').find((p) => p.kind === 'STANCE')!;
    expect(stance.dependsOn).toEqual(['test-article/entity/annexation-of-the-northern-islands']);
  });

  it('takes the antecedent of "which X resisted", past a head that only frames it ("the prospect of")', () => {
    expect(pairs('Karl Brandt’s plan holds out the prospect of the partition of Syldavia – which Olga Petrova has long resisted.')).toEqual([
      ['karl-brandt', 'partition-of-syldavia', 'SUPPORTS'],
      ['olga-petrova', 'partition-of-syldavia', 'OPPOSES'],
    ]);
  });

  it('proposes none for a single word, a phrase naming people rather than an act, or what a catalog issue names', () => {
    expect(pairs('Olga Petrova rejects the escalation.')).toEqual([]);
    expect(pairs('Olga Petrova rejects the regional leaders.')).toEqual([]);
    const draft = draftOf('Karl Brandt opposes the expansion of fishing rights in the lake.', null);
    expect(draft.stances.map((s) => s.issue)).toEqual(['fishing-rights']);
    expect(draft.entities.filter((e) => e.kind === 'ISSUE')).toEqual([]);
  });
});

describe('issue matching', () => {
  it('prefers, of a broad issue and a narrower one part of it, the narrower', () => {
    const issues = new IssueMatcher({
      entities: [
        ...catalog.entities,
        { id: 'lake-policy', kind: 'ISSUE', name: 'Lake policy', aliases: [] },
        { id: 'lake-fishing-quotas', kind: 'ISSUE', name: 'Lake fishing quotas', aliases: [], parent: 'lake-policy' },
      ],
    });
    const both = [
      { id: 'lake-policy', score: 6, hits: ['lake'] },
      { id: 'lake-fishing-quotas', score: 5, hits: ['lake', 'fishi'] },
    ];
    expect(issues.narrowest(both, 0).map((m) => m.id)).toEqual(['lake-fishing-quotas']);
    expect(issues.narrowest([both[0]!, { id: 'border-tariffs', score: 5, hits: [] }], 0).map((m) => m.id)).toEqual(['lake-policy', 'border-tariffs']);
  });
});

describe('conditions', () => {
  it('reads "until" and "in return for" after the cue as a condition', () => {
    expect(draftOf('Olga Petrova backs the river dam project until fishing in the lake suffers.').stances[0]).toMatchObject({ issue: 'river-dam-project', stance: 'CONDITIONAL' });
    expect(draftOf('Karl Brandt backs the river dam project in return for lower border tariffs.').stances[0]).toMatchObject({ issue: 'river-dam-project', stance: 'CONDITIONAL' });
  });
});

describe('positions told by a relation', () => {
  it('gives the parties of "their alliance", "the X–Y alliance" and "our ally Y" the alliance issue', () => {
    const of = (text: string) => draftOf(text, null).stances.filter((s) => s.issue === 'ruritania-borduria-alliance').map((s) => [s.holder, s.stance, s.attribution]);
    expect(of('Karl Brandt and Olga Petrova will meet to test their longstanding alliance.')).toEqual([
      ['karl-brandt', 'SUPPORTS', 'REPORTED'],
      ['olga-petrova', 'SUPPORTS', 'REPORTED'],
    ]);
    expect(of('The summit will show the depth of the Ruritania–Borduria alliance.')).toEqual([
      ['ruritania', 'SUPPORTS', 'REPORTED'],
      ['borduria', 'SUPPORTS', 'REPORTED'],
    ]);
    expect(of('“We stand with our ally Borduria,” Karl Brandt said.')).toEqual([['karl-brandt', 'SUPPORTS', 'STATED']]);
    expect(of('Borduria lost its old ally when Ivan Horvat fell.')).toEqual([]);
  });
});
