import { describe, expect, it } from 'vitest';
import { draftOf } from './fixtures.js';

describe('events', () => {
  it('takes the status from the verb and tense: will meet is PLANNED, met is HELD, called off is CANCELLED', () => {
    expect(draftOf('Karl Brandt will meet Olga Petrova in Klow on June 20.').events).toEqual([
      expect.objectContaining({ kind: 'meeting', status: 'PLANNED', date: '2031-06-20', datePrecision: 'DAY', location: 'Klow', participants: ['karl-brandt', 'olga-petrova'], new: true }),
    ]);
    expect(draftOf('Karl Brandt met Olga Petrova in Klow on April 20.').events[0]).toMatchObject({ status: 'HELD', date: '2031-04-20' });
    expect(draftOf('The meeting between Karl Brandt and Olga Petrova on April 20 was called off.').events[0]).toMatchObject({ status: 'CANCELLED' });
  });

  it('finds an agreement by its parties', () => {
    expect(draftOf('A truce between Borduria and Syldavia held through the winter.').events).toEqual([
      expect.objectContaining({ kind: 'agreement', status: 'HELD', participants: ['borduria', 'syldavia'] }),
    ]);
    expect(draftOf('Talk of a truce grew louder in Borduria.').events).toEqual([]);
  });

  it('is the catalog’s event when the participants and the date agree, and proposes their attendances', () => {
    const draft = draftOf('Karl Brandt is set to host Olga Petrova on May 4 for talks on the dam.');
    expect(draft.events).toEqual([expect.objectContaining({ id: 'brandt-petrova-summit-2031-05-04', new: false, status: 'PLANNED' })]);
    expect(draft.attendances.map((a) => [a.holder, a.event])).toEqual([
      ['karl-brandt', 'brandt-petrova-summit-2031-05-04'],
      ['olga-petrova', 'brandt-petrova-summit-2031-05-04'],
    ]);
  });

  it('is a new event when the date disagrees with the catalog’s', () => {
    expect(draftOf('Karl Brandt met Olga Petrova on April 2.').events[0]).toMatchObject({ new: true, date: '2031-04-02' });
  });

  it('tells one meeting once across sentences, and leaves out who is only cited', () => {
    const draft = draftOf('Karl Brandt will meet Olga Petrova on June 20. The meeting will be short, according to Mia Lund.');
    expect(draft.events).toHaveLength(1);
    expect(draft.events[0]!.participants).toEqual(['karl-brandt', 'olga-petrova']);
  });
});
