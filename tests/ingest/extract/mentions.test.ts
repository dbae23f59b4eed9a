import { describe, expect, it } from 'vitest';
import { draftOf } from './fixtures.js';

const mentionsOf = (text: string, id: string) => draftOf(text).entities.find((e) => e.id === id)?.mentions.map((m) => m.text) ?? [];

describe('mentions of known entities', () => {
  it('finds names and aliases with offsets that slice back to the words', () => {
    const text = 'Karl Brandt flew to Borduria on Tuesday. The Ruritanian state paid for the trip.';
    const draft = draftOf(text);
    for (const e of draft.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentionsOf(text, 'karl-brandt')).toEqual(['Karl Brandt']);
    expect(mentionsOf(text, 'borduria')).toEqual(['Borduria']);
    expect(mentionsOf(text, 'ruritania')).toEqual(['The Ruritanian state']);
  });

  it('finds a person by honorific and surname, by surname alone, and in a possessive', () => {
    const text = 'Mr Brandt arrived late. Brandt’s office said the delay was technical. Dr. Petrova waited.';
    expect(mentionsOf(text, 'karl-brandt')).toEqual(['Mr Brandt', 'Brandt']);
    expect(mentionsOf(text, 'olga-petrova')).toEqual(['Dr. Petrova']);
  });

  it('keeps upper-case aliases to upper-case text: "US" is not "us"', () => {
    expect(mentionsOf('Let us talk about trade.', 'us')).toEqual([]);
    expect(mentionsOf('The US and Ruritania talked about trade.', 'us')).toEqual(['US']);
  });

  it('resolves a title to the one person it fits, by post and by country', () => {
    const text = 'Olga Petrova spoke first. The Ruritanian president answered her.';
    expect(mentionsOf(text, 'karl-brandt')).toEqual(['The Ruritanian president']);
    const former = 'The former Syldavian president stayed at home.';
    expect(mentionsOf(former, 'ivan-horvat')).toEqual(['The former Syldavian president']);
  });

  it('resolves a title several people fit to the one named last before it', () => {
    const text = 'Olga Petrova and Karl Brandt sat down. Later the leader of the talks, said aides, was Petrova; the prime minister left early.';
    expect(mentionsOf(text, 'olga-petrova')).toContain('the prime minister');
  });

  it('counts a state named by its adjective as mentioned', () => {
    expect(mentionsOf('Bordurian farmers protested.', 'borduria')).toEqual(['Bordurian']);
  });
});
