import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';
import type { Row } from '../graph/db.js';

export const FORMATS = ['table', 'csv', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** One cell as text: lists of plain values joined, maps and nested lists as JSON. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) return value.join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Rows as a terminal table, CSV (a header line, then one line per row) or a JSON array. */
export function formatRows(rows: Row[], format: Format): string {
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  const columns = Object.keys(rows[0] ?? {});
  if (format === 'csv') return stringify([columns, ...rows.map((r) => columns.map((c) => cell(r[c])))]);
  if (rows.length === 0) return '(no rows)\n';
  const table = new Table({ head: columns, style: { head: [], border: [] }, wordWrap: true });
  for (const r of rows) table.push(columns.map((c) => cell(r[c])));
  return `${table.toString()}\n${rows.length} row${rows.length === 1 ? '' : 's'}\n`;
}
