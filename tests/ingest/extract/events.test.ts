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

describe('events of one party', () => {
  it('takes an attack’s agent and target from the trigger, not every name in the clause, and tells it as past', () => {
    const draft = draftOf('Mia Lund said the fallout from the Syldavian army’s raid was grim, and Olga Petrova agreed. Analysts recall the 2029 Syldavia attack on western Borduria as a turning point.', null);
    const attack = draft.events.find((e) => e.kind === 'attack' && e.participants?.includes('borduria'));
    expect(attack).toMatchObject({ status: 'HELD', participants: ['syldavia', 'borduria'] });
  });

  it('finds a poll by its pollster, an interview with its outlet, and an ouster by whom it removed', () => {
    const poll = draftOf('A March 2031 Norvik Institute poll found most voters tired of the dispute.').events;
    expect(poll).toEqual([expect.objectContaining({ kind: 'other', date: '2031-03', status: 'HELD' })]);
    expect(poll[0]!.participants).toHaveLength(1);
    const interview = draftOf('Karl Brandt repeated the offer in a radio interview on April 28. He told the Daily Courier the door was open.').events;
    expect(interview).toEqual([expect.objectContaining({ kind: 'announcement', status: 'HELD', date: '2031-04-28', participants: ['karl-brandt', 'daily-courier'] })]);
    const ouster = draftOf('Borduria’s standing fell after the ousting of its old friend, Ivan Horvat.').events;
    expect(ouster).toEqual([expect.objectContaining({ kind: 'other', participants: ['ivan-horvat'] })]);
  });

  it('is the catalog’s dated event when an undated mention fits only it', () => {
    const draft = draftOf('Much has changed since Karl Brandt returned to office.', null);
    expect(draft.events).toEqual([expect.objectContaining({ id: 'brandt-return-2030-01', new: false })]);
    expect(draft.attendances.map((a) => [a.holder, a.event])).toEqual([['karl-brandt', 'brandt-return-2030-01']]);
  });

  it('compares an event’s date with the publication date at the coarser precision of the two', () => {
    const draft = draftOf('Karl Brandt gave a series of interviews on May 10.', '2031-05');
    expect(draft.events[0]).toMatchObject({ date: '2031-05-10', status: 'HELD' });
  });
});

describe('events told several at once, by their broker, or by their setting', () => {
  it('makes one agreement per pair of parties named after "between"', () => {
    const draft = draftOf('A truce holds between Borduria and Syldavia, as well as between Borduria and Ruritania.', null);
    expect(draft.events.map((e) => [e.kind, e.status, e.participants])).toEqual([
      ['agreement', 'HELD', ['borduria', 'syldavia']],
      ['agreement', 'HELD', ['borduria', 'ruritania']],
    ]);
  });

  it('takes none of its parties from the setting after "comes as", which tells its own event', () => {
    const draft = draftOf('The summit comes as a truce holds between Borduria and Syldavia.', null);
    expect(draft.events.map((e) => [e.kind, e.participants])).toEqual([['agreement', ['borduria', 'syldavia']]]);
  });

  it('gives an agreement told by its broker the broker, as made', () => {
    const draft = draftOf('Karl Brandt wants to build on a truce he helped to broker.', null);
    expect(draft.events).toEqual([expect.objectContaining({ kind: 'agreement', status: 'HELD', participants: ['karl-brandt'] })]);
    expect(draftOf('Talk of a truce grew louder in Borduria.').events).toEqual([]);
  });

  it('tells an election span as one election a year, taken by the people of that state', () => {
    const draft = draftOf('During Borduria’s election cycles between 2027 and 2029, Olga Petrova leaned on Karl Brandt.', null);
    expect(draft.events.map((e) => [e.kind, e.date, e.datePrecision, e.participants])).toEqual([
      ['election', '2027', 'YEAR', ['olga-petrova']],
      ['election', '2028', 'YEAR', ['olga-petrova']],
      ['election', '2029', 'YEAR', ['olga-petrova']],
    ]);
  });

  it('leaves out the one "according to X," cites, and adds who joined an act', () => {
    expect(draftOf('According to Mia Lund, Karl Brandt will meet Olga Petrova on June 20.').events[0]!.participants).toEqual(['karl-brandt', 'olga-petrova']);
    const strikes = draftOf('In June 2029, Ruritania joined Syldavia’s strikes on Borduria.', null).events;
    expect(strikes).toEqual([expect.objectContaining({ kind: 'attack', date: '2029-06' })]);
    expect(new Set(strikes[0]!.participants)).toEqual(new Set(['syldavia', 'borduria', 'ruritania']));
  });

  it('gives a recognition the person whose act it is', () => {
    const draft = draftOf('Karl Brandt’s gestures, including recognition of Syldavian claims to the lake, helped Olga Petrova.', null);
    expect(draft.events).toEqual([expect.objectContaining({ kind: 'announcement', participants: ['karl-brandt'] })]);
  });

  it('is, of several known events of the pair, the one whose place the undated mention names', () => {
    const draft = draftOf('Olga Petrova’s visit to Lakeside Palace, as talks with Karl Brandt resume, drew crowds.', null);
    expect(draft.events).toEqual([expect.objectContaining({ id: 'brandt-petrova-lakeside-meeting-2030', new: false })]);
    expect(draft.attendances.map((a) => a.holder).sort()).toEqual(['karl-brandt', 'olga-petrova']);
  });
});
