/**
 * Dates in the text, resolved against the publication date: chrono-node finds the
 * expressions ("on Monday", "last June", "early next week", "Feb 11", "October 2023");
 * this module decides what they mean as a reporter means them. A weekday or a month without
 * a year is the nearest one in the direction of the sentence's tense ("met on Monday" is the
 * Monday before publication, "will meet on Monday" the one after; "last June" is the June
 * before), and each date carries the precision the words give it: a week is not a day, so
 * "next week" resolves to its month.
 *
 * With no publication date, only dates that carry their own year resolve; the others stay
 * unresolved (date null) and the draft says so in a warning.
 */
import * as chrono from 'chrono-node';
import type { DatePrecision } from '../draft.js';
import type { Sentence } from './text.js';

export interface FoundDate {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when it needs a publication date the article lacks. */
  date: string | null;
  precision: DatePrecision | null;
  /** Whether it is relative to when the article was written ("last week", "on Monday", "in January"). */
  relative: boolean;
}

/** A publication date as given: YYYY-MM-DD, YYYY-MM or YYYY. */
export interface PublicationDate {
  year: number;
  month: number | null;
  day: number | null;
}

export function parsePublication(s: string | null | undefined): PublicationDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s ?? '');
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

export type Tense = 'PAST' | 'FUTURE' | 'PRESENT';

const FUTURE = /\b(will|shall|is set to|are set to|is due to|are due to|is expected to|are expected to|scheduled|upcoming|plans? to|planning to|is to|are to|going to|next)\b/i;
const PAST = /\b(was|were|had|did|met|held|hosted|visited|said|told|took|came|went|began|struck|ago|last|earlier|previously|\w+ed)\b/i;

/** The tense a sentence (or clause) speaks in, from its auxiliaries and verb forms. */
export function tenseOf(text: string): Tense {
  if (FUTURE.test(text)) return 'FUTURE';
  if (PAST.test(text)) return 'PAST';
  return 'PRESENT';
}

const RELATIVE_WORDS = /\b(ago|last|next|this|coming|past|yesterday|today|tomorrow|tonight|week|weekend)\b/i;
const WEEKDAY_ONLY = (known: Record<string, number>) => known.weekday !== undefined && known.day === undefined;

/** Dates found in the sentences, resolved against `published`. */
export function findDates(sentences: Sentence[], published: PublicationDate | null): { dates: Array<FoundDate & { sentence: number }>; unresolved: number } {
  const ref = published
    ? new Date(Date.UTC(published.year, (published.month ?? 7) - 1, published.day ?? 15, 12))
    : new Date(Date.UTC(2000, 6, 15, 12)); // any instant: nothing relative to it is kept
  const out: Array<FoundDate & { sentence: number }> = [];
  let unresolved = 0;
  for (const s of sentences) {
    const tense = tenseOf(s.text);
    for (const r of chrono.parse(s.text, { instant: ref, timezone: 0 })) {
      const found = resolve(r, s.text, tense, published, ref);
      if (!found) continue;
      if (found.date === null) unresolved++;
      out.push({ ...found, start: s.start + found.start, end: s.start + found.end, sentence: s.index });
    }
  }
  return { dates: out, unresolved };
}

function resolve(r: chrono.ParsedResult, sentence: string, tense: Tense, pub: PublicationDate | null, ref: Date): FoundDate | null {
  let known = (r.start as unknown as { knownValues: Record<string, number> }).knownValues;
  let text = r.text;
  let index = r.index;
  // chrono reads "the night of Feb 10" as tonight: take the date after "of" on its own.
  if (!Object.keys(known).length && / of /.test(text)) {
    const tail = text.slice(text.lastIndexOf(' of ') + 4);
    const again = chrono.parse(tail, { instant: ref, timezone: 0 })[0];
    if (!again) return null;
    known = (again.start as unknown as { knownValues: Record<string, number> }).knownValues;
    index += text.lastIndexOf(' of ') + 4 + again.index;
    text = again.text;
  }
  if (!Object.keys(known).length && !/\b(this|next|last) (week|month|year)\b/i.test(text)) return null; // "now", "tonight": no date
  text = text.replace(/[\s,.;:]+$/, '');
  // "15 months of war", "six weeks": a duration, not a date.
  if (/^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:days?|weeks?|months?|years?)$/i.test(text) && !/\s+ago\b/i.test(sentence.slice(index + text.length, index + text.length + 5))) return null;
  const span = { start: index, end: index + text.length, text };
  const relative = RELATIVE_WORDS.test(text) || WEEKDAY_ONLY(known) || known.year === undefined;
  if (!relative) {
    const precision: DatePrecision = known.day !== undefined ? 'DAY' : known.month !== undefined ? 'MONTH' : 'YEAR';
    return { ...span, relative, precision, date: format(known.year!, known.month, known.day, precision) };
  }
  if (!pub) return { ...span, relative, date: null, precision: null };
  const before = sentence.slice(Math.max(0, index - 6), index).toLowerCase();
  const direction = /last\s*$/.test(before) || /\blast\b/i.test(text) ? 'PAST' : /next\s*$/.test(before) || /\bnext\b/i.test(text) ? 'FUTURE' : tense;

  // Weekdays: the nearest in the direction of the tense; needs the publication's day.
  if (WEEKDAY_ONLY(known)) {
    if (pub.day === null || pub.month === null) return { ...span, relative, date: null, precision: null };
    const d = new Date(ref);
    const delta = (known.weekday! - d.getUTCDay() + 7) % 7;
    if (direction === 'FUTURE') d.setUTCDate(d.getUTCDate() + (delta || 7));
    else if (delta) d.setUTCDate(d.getUTCDate() - (7 - delta));
    return { ...span, relative, date: ymd(d), precision: 'DAY' };
  }
  // A month (and day) without a year: this year, or the one before or after by direction.
  if (known.year === undefined && known.month !== undefined) {
    let year = pub.year;
    if (pub.month !== null) {
      const saysLast = /\blast\b/i.test(before + text);
      const sameMonthBefore = known.day !== undefined && pub.day !== null ? known.day < pub.day : false;
      if (saysLast && (known.month > pub.month || (known.month === pub.month && !sameMonthBefore))) year--;
      else if (!saysLast && direction === 'PAST' && known.month > pub.month) year--;
      else if (direction === 'FUTURE' && known.month < pub.month) year++;
    }
    const precision: DatePrecision = known.day !== undefined ? 'DAY' : 'MONTH';
    return { ...span, relative, precision, date: format(year, known.month, known.day, precision) };
  }
  // "yesterday", "last week", "13 months ago", "this year": computed by chrono from the
  // reference, at the precision the words give.
  const unit = /\b(day|yesterday|today|tomorrow)\b/i.test(text) ? 'DAY' : /\bweek/i.test(text) || /\bmonths?\b/i.test(text) ? 'MONTH' : /\byears?\b/i.test(text) ? 'YEAR' : 'DAY';
  if (unit === 'DAY' && pub.day === null) return { ...span, relative, date: null, precision: null };
  if (unit === 'MONTH' && pub.month === null) return { ...span, relative, date: null, precision: null };
  if (/\bweek/i.test(text) && pub.day === null) return { ...span, relative, date: null, precision: null };
  const d = r.start.date();
  const precision = unit as DatePrecision;
  return { ...span, relative, precision, date: format(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), precision) };
}

function format(year: number, month: number | undefined, day: number | undefined, precision: DatePrecision): string {
  if (precision === 'YEAR' || month === undefined) return String(year);
  if (precision === 'MONTH' || day === undefined) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The coarser of two partial dates agree: "2026-02" and "2026-02-11" do, "2026-02" and "2026-03" do not. */
export function datesAgree(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}
