/**
 * Dates in the articles are often known only to the month or year ("in June 2025"). The
 * graph stores such a date as a Neo4j DATE (the first day of the period, so analysts can
 * compare and sort with date()) beside its precision; clients see it written to that
 * precision: "2026-02-11", "2026-02", "2025".
 */
export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

export interface PartialDate {
  /** ISO date of the first day of the period, as stored. */
  date: string;
  precision: DatePrecision;
}

const FORMS: Array<[RegExp, DatePrecision]> = [
  [/^\d{4}-\d{2}-\d{2}$/, 'DAY'],
  [/^\d{4}-\d{2}$/, 'MONTH'],
  [/^\d{4}$/, 'YEAR'],
];

/** Reads "2026-02-11", "2026-02" or "2025"; undefined when the text is none of these or no real date. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const precision = FORMS.find(([re]) => re.test(text))?.[1];
  if (!precision) return undefined;
  const date = precision === 'DAY' ? text : precision === 'MONTH' ? `${text}-01` : `${text}-01-01`;
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) return undefined;
  return { date, precision };
}

/** Writes a stored date to its precision. */
export function formatPartialDate(date: string | null | undefined, precision: string | null | undefined): string | null {
  if (!date) return null;
  if (precision === 'YEAR') return date.slice(0, 4);
  if (precision === 'MONTH') return date.slice(0, 7);
  return date.slice(0, 10);
}
