import { describe, expect, it } from 'vitest';
import { draftOf } from './fixtures.js';

const stancesOf = (text: string, publishedAt?: string | null) =>
  draftOf(text, publishedAt).stances.map((s) => ({ holder: s.holder, issue: s.issue, stance: s.stance, attribution: s.attribution, asOf: s.asOf, quote: s.quote }));

describe('stances', () => {
  it('a supporting cue gives SUPPORTS, with the issue matched from the words after it', () => {
    expect(stancesOf('Karl Brandt insists on building the river dam.')).toEqual([
      { holder: 'karl-brandt', issue: 'river-dam-project', stance: 'SUPPORTS', attribution: 'REPORTED', asOf: '2031-05-01', quote: null },
    ]);
  });

  it('an opposing cue gives OPPOSES; a condition after the cue gives CONDITIONAL', () => {
    expect(stancesOf('Olga Petrova rejects any new border tariffs.')[0]).toMatchObject({ holder: 'olga-petrova', issue: 'border-tariffs', stance: 'OPPOSES' });
    expect(stancesOf('Olga Petrova backs the river dam project unless fishing in the lake suffers.')[0]).toMatchObject({ issue: 'river-dam-project', stance: 'CONDITIONAL' });
  });

  it('a supporting cue aimed at stopping the issue opposes it', () => {
    expect(stancesOf('Karl Brandt demands an end to the border tariffs.')[0]).toMatchObject({ issue: 'border-tariffs', stance: 'OPPOSES' });
  });

  it('the holder’s own quoted words make it STATED, with the quote', () => {
    expect(stancesOf('“I reject these border tariffs,” Karl Brandt said.')[0]).toMatchObject({ holder: 'karl-brandt', issue: 'border-tariffs', stance: 'OPPOSES', attribution: 'STATED', quote: 'I reject these border tariffs,' });
  });

  it('an expectation or a reading makes it ASSESSED', () => {
    expect(stancesOf('Olga Petrova is expected to back the river dam.')[0]).toMatchObject({ attribution: 'ASSESSED' });
  });

  it('takes the clause’s subject as holder, not a name governed by a preposition, and the date of the sentence as asOf', () => {
    expect(stancesOf('In talks with Karl Brandt on April 2, Olga Petrova rejected the border tariffs.')[0]).toMatchObject({ holder: 'olga-petrova', asOf: '2031-04-02' });
  });

  it('leaves asOf unresolved when the article has no publication date and the sentence no date', () => {
    expect(stancesOf('Karl Brandt backs the river dam.', null)[0]).toMatchObject({ asOf: null });
  });

  it('reads a table with a row per stakeholder', () => {
    const text = 'Positions at the talks:\n| Party | Demand |\n|---|---|\n| Borduria | Lower border tariffs |\n';
    expect(stancesOf(text)).toContainEqual(expect.objectContaining({ holder: 'borduria', issue: 'border-tariffs', attribution: 'REPORTED' }));
  });
});

describe('holders that are not the subject', () => {
  it('the possessor of a cue noun holds it, and a plan or a proposal supports what it names', () => {
    expect(stancesOf('Critics in the capital mocked Karl Brandt’s plan for a river dam project.')).toEqual([
      expect.objectContaining({ holder: 'karl-brandt', issue: 'river-dam-project', stance: 'SUPPORTS' }),
    ]);
    expect(stancesOf('Many doubt Olga Petrova’s support for new border tariffs.')[0]).toMatchObject({ holder: 'olga-petrova', issue: 'border-tariffs', stance: 'SUPPORTS' });
  });

  it('with no subject to hold it, the one a position is credited to holds it', () => {
    expect(stancesOf('Support for the river dam project remains firm, according to Olga Petrova.')[0]).toMatchObject({ holder: 'olga-petrova', issue: 'river-dam-project', stance: 'SUPPORTS' });
  });
});

describe('double negatives', () => {
  it('a negated aim against the issue does not turn the cue round', () => {
    expect(stancesOf('Karl Brandt fears a pact that does not include limits on border tariffs.')[0]).toMatchObject({ holder: 'karl-brandt', issue: 'border-tariffs', stance: 'OPPOSES' });
    expect(stancesOf('Karl Brandt fears limits on border tariffs.')[0]).toMatchObject({ issue: 'border-tariffs', stance: 'SUPPORTS' });
  });
});

describe('stances, round 2', () => {
  it('takes "with X seeking …" as X holding the position', () => {
    expect(stancesOf('Talks resumed on Monday, with Olga Petrova seeking limits on border tariffs.')).toEqual([
      expect.objectContaining({ holder: 'olga-petrova', issue: 'border-tariffs', stance: 'OPPOSES' }),
    ]);
  });

  it('reads the aim at the issue’s own common word, not at a name before it', () => {
    // The River Authority is named first, but the curbs are on the dam.
    expect(stancesOf('Karl Brandt wants talks with the River Authority to include curbs on the river dam project.')[0]).toMatchObject({ issue: 'river-dam-project', stance: 'OPPOSES' });
  });
});
