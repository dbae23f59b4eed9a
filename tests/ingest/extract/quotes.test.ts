import { describe, expect, it } from 'vitest';
import { draftOf } from './fixtures.js';

/** The speaker of the direct quote holding `words`, with the rule that found it. */
function speakerOf(text: string, words: string): [string | null, string | undefined] {
  const q = draftOf(text).quotes.find((x) => x.kind === 'DIRECT' && x.text.includes(words));
  if (!q) throw new Error(`no quote with "${words}"`);
  return [q.speaker, q.rule];
}

describe('quote speakers', () => {
  it('"…," X said', () => {
    expect(speakerOf('“The river belongs to everyone,” Karl Brandt said on Friday.', 'river')).toEqual(['karl-brandt', 'quote.speaker-said']);
  });

  it('"…," said X', () => {
    expect(speakerOf('“We will not pay,” said Olga Petrova.', 'not pay')).toEqual(['olga-petrova', 'quote.said-speaker']);
  });

  it('"…," X told reporters, and a post before the name', () => {
    expect(speakerOf('“Nothing is settled,” government spokeswoman Mia Lund told reporters.', 'settled')).toEqual(['mia-lund', 'quote.speaker-said']);
  });

  it('X said: "…"', () => {
    expect(speakerOf('Karl Brandt said the plan was “dead on arrival” and left.', 'dead')).toEqual(['karl-brandt', 'quote.speaker-before']);
  });

  it('according to X', () => {
    expect(speakerOf('The dam is “a matter of time”, according to Olga Petrova.', 'matter')).toEqual(['olga-petrova', 'quote.according-to']);
  });

  it('a pronoun to the person named before it', () => {
    expect(speakerOf('Olga Petrova left the room. “We are done here,” she said.', 'done')).toEqual(['olga-petrova', 'quote.pronoun']);
  });

  it('a title to the person it names', () => {
    expect(speakerOf('“The border stays open,” the Ruritanian president said.', 'border')).toEqual(['karl-brandt', 'quote.speaker-said']);
  });

  it('X’s office said', () => {
    expect(speakerOf('“No talks are planned,” Brandt’s office said.', 'No talks')).toEqual(['karl-brandt', 'quote.speaker-said']);
  });

  it('a quote that continues its speaker’s paragraph', () => {
    expect(speakerOf('“We want a fair deal,” Karl Brandt said. “Anything else is theatre.”', 'theatre')).toEqual(['karl-brandt', 'quote.continues-paragraph']);
  });

  it('no speaker when nothing names one', () => {
    expect(speakerOf('“Peace now” was painted on the wall.', 'Peace')).toEqual([null, 'quote.no-speaker']);
  });

  it('reports speech without quotation marks as weaker evidence', () => {
    const reported = draftOf('Olga Petrova said that the lake would stay closed.').quotes.filter((q) => q.kind === 'REPORTED');
    expect(reported).toEqual([expect.objectContaining({ speaker: 'olga-petrova', text: 'the lake would stay closed.', rule: 'quote.reported-speech' })]);
    expect(reported[0]!.confidence).toBeLessThan(0.9);
  });
});
