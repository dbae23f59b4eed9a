import { describe, expect, it } from 'vitest';
import type { Truth } from '../../../bench/ingest-eval/leaveOneOut.js';
import { score } from '../../../bench/ingest-eval/score.js';
import type { Draft, DraftStance } from '../../../src/ingest/draft.js';

const evidence = { sentence: '', start: 0, end: 0, rule: 'test', confidence: 0.5 };
const stance = (holder: string, issue: string): DraftStance => ({ holder, issue, stance: 'SUPPORTS', attribution: 'REPORTED', asOf: null, quote: null, evidence });
const issue = (id: string, name: string) => ({ id, kind: 'ISSUE' as const, name, new: true, mentions: [] });

const truth: Truth = {
  source: 'test',
  knownEntities: new Set(['karl-brandt']),
  newEntities: new Map(),
  quotes: new Map(),
  events: [],
  attendances: new Set(),
  affiliations: new Set(),
  stances: new Map([
    ['karl-brandt|relocating-fishers-to-the-coast', new Set(['SUPPORTS'])],
    ['karl-brandt|lake-statehood', new Set(['SUPPORTS'])],
  ]),
  issuesInGraph: new Set(),
  newIssues: new Map([
    ['relocating-fishers-to-the-coast', ['Relocating fishers to the coast']],
    ['lake-statehood', ['Lake statehood']],
  ]),
};

const draftWith = (entities: Draft['entities'], stances: DraftStance[]): Draft => ({
  source: { id: 'test', title: 'test', publishedAt: null },
  entities,
  quotes: [],
  events: [],
  attendances: [],
  affiliations: [],
  stances,
});

describe('ingest:eval, new issues', () => {
  it('matches a proposed issue by its slug, its name, or names whose words one holds all of the other’s (two at least)', () => {
    const s = score(
      draftWith(
        [issue('relocation-of-fishers', 'Relocation of fishers'), issue('statehood', 'Statehood'), issue('coast-guard-funding', 'Coast guard funding')],
        [stance('karl-brandt', 'relocation-of-fishers'), stance('karl-brandt', 'statehood'), stance('karl-brandt', 'coast-guard-funding')],
      ),
      truth,
    );
    // "Relocation of fishers" is inside "Relocating fishers to the coast" (stems reloc, fishe); one
    // word ("Statehood") is too little; "Coast guard funding" shares one word only.
    expect(s.newIssues).toEqual({ recall: { hit: 1, of: 2 }, precision: { hit: 1, of: 3 } });
    expect(s.stances.recall).toEqual({ hit: 1, of: 2 });
    expect(s.stances.precision).toEqual({ hit: 1, of: 3 });
    // New issues are not new entities: the entity metrics leave them out.
    expect(s.newEntities.precision.of).toBe(0);
  });

  it('matches by slug and by name whatever the words', () => {
    const s = score(draftWith([issue('lake-statehood', 'Anything'), issue('x', 'lake statehood')], [stance('karl-brandt', 'x')]), truth);
    expect(s.newIssues.precision).toEqual({ hit: 2, of: 2 });
    expect(s.stances.recall.hit).toBe(1);
  });
});
