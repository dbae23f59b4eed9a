import { describe, expect, it } from 'vitest';
import { findDates, parsePublication } from '../../../src/ingest/extract/dates.js';
import { analyse } from '../../../src/ingest/extract/text.js';
import { draftOf } from './fixtures.js';

// 2031-05-01 is a Thursday.
const resolve = (text: string, published: string | null = '2031-05-01') =>
  findDates(analyse(text).sentences, parsePublication(published)).dates.map((d) => [d.text, d.date, d.precision]);

describe('dates against the publication date', () => {
  it('takes a weekday the way the tense points: the Monday before for the past, after for the future', () => {
    expect(resolve('The ministers met on Monday.')).toEqual([['on Monday', '2031-04-28', 'DAY']]);
    expect(resolve('The ministers will meet on Monday.')).toEqual([['on Monday', '2031-05-05', 'DAY']]);
  });

  it('takes "last June" as the June before publication, and a bare month by the tense', () => {
    expect(resolve('Prices rose last June.')).toEqual([['June', '2030-06', 'MONTH']]);
    expect(resolve('Prices rose in January.')).toEqual([['January', '2031-01', 'MONTH']]);
    expect(resolve('The new tariffs will start in January.')).toEqual([['January', '2032-01', 'MONTH']]);
  });

  it('gives a week the precision of its month, not of a day', () => {
    expect(resolve('A vote is expected early next week.')).toEqual([['next week', '2031-05', 'MONTH']]);
  });

  it('resolves a date without a year to the publication year, and keeps a full date as written', () => {
    expect(resolve('The summit is set for May 4. The treaty was signed on March 3, 2024.')).toEqual([
      ['May 4', '2031-05-04', 'DAY'],
      ['March 3, 2024', '2024-03-03', 'DAY'],
    ]);
  });

  it('leaves relative dates unresolved without a publication date, resolves the rest, and warns', () => {
    expect(resolve('They met on Monday and again in June 2029.', null)).toEqual([
      ['on Monday', null, null],
      ['June 2029', '2029-06', 'MONTH'],
    ]);
    const draft = draftOf('Karl Brandt met Olga Petrova on Monday.', null);
    expect(draft.warnings?.join(' ')).toMatch(/No publication date: 1 relative date/);
  });

  it('leaves day-relative dates unresolved when the publication date has only a month', () => {
    expect(resolve('They met on Monday, after talks in March.', '2031-05')).toEqual([
      ['on Monday', null, null],
      ['March', '2031-03', 'MONTH'],
    ]);
  });
});
