/**
 * The synthetic graph as CSV files for Neo4j's offline importer (`npm run synth -- --offline`):
 * the same rows as the online path (rows.ts), laid out in the importer's header format
 * (`id:ID`, `:START_ID`, `:END_ID`, `:TYPE`, typed columns such as `asOf:date` and
 * `aliases:string[]`), so that the imported graph is the one cypher/synth/*.cypher writes:
 * same labels, same properties with the same types, same edges. An absent value (null) is
 * an empty field, which the importer leaves unset, as Cypher leaves a null property unset.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { ARRAY_DELIMITER, type ImportFiles } from '../runtime/adminImport.js';
import type { SynthCounts } from './ids.js';
import { NODE_KINDS, type Row, type RowKind, ROW_KINDS, synthRows } from './rows.js';

/** A column: the row field it takes, and its importer header (name and type). */
type Column = readonly [field: string, header: string];

interface NodeLayout {
  labels: string[];
  columns: Column[];
}
interface EdgeLayout {
  type: string;
  start: string;
  end: string;
  columns: Column[];
}

/** Each node kind's labels and properties, as cypher/synth/<kind>.cypher creates them. */
export const NODE_LAYOUTS: Record<(typeof NODE_KINDS)[number], NodeLayout> = {
  sources: {
    labels: ['Source', 'Entity'],
    columns: [['id', 'id:ID'], ['title', 'title'], ['publisher', 'publisher'], ['publishedAt', 'publishedAt:date'], ['publishedAtPrecision', 'publishedAtPrecision']],
  },
  actors: {
    labels: ['Actor', 'Entity'],
    columns: [['id', 'id:ID'], ['name', 'name'], ['aliases', 'aliases:string[]'], ['title', 'title'], ['description', 'description']],
  },
  organizations: {
    labels: ['Organization', 'Entity'],
    columns: [['id', 'id:ID'], ['name', 'name'], ['aliases', 'aliases:string[]'], ['kind', 'kind'], ['country', 'country'], ['description', 'description']],
  },
  issues: { labels: ['Issue', 'Entity'], columns: [['id', 'id:ID'], ['name', 'name'], ['description', 'description']] },
  events: {
    labels: ['Event', 'Entity'],
    columns: [
      ['id', 'id:ID'],
      ['name', 'name'],
      ['kind', 'kind'],
      ['date', 'date:date'],
      ['datePrecision', 'datePrecision'],
      ['location', 'location'],
      ['description', 'description'],
    ],
  },
};

const SOURCES: Column = ['sources', 'sources:string[]'];

/** Each edge kind's type, ends and properties, as cypher/synth/<kind>.cypher creates them. */
export const EDGE_LAYOUTS: Record<Exclude<RowKind, (typeof NODE_KINDS)[number]>, EdgeLayout> = {
  partOf: { type: 'PART_OF', start: 'child', end: 'parent', columns: [] },
  concerns: { type: 'CONCERNS', start: 'event', end: 'issue', columns: [SOURCES] },
  mentionedIn: { type: 'MENTIONED_IN', start: 'id', end: 'source', columns: [] },
  affiliations: { type: 'AFFILIATED_WITH', start: 'actor', end: 'organization', columns: [['role', 'role'], SOURCES] },
  attendances: { type: 'ATTENDED', start: 'attendee', end: 'event', columns: [['role', 'role'], SOURCES] },
  stances: {
    type: 'HOLDS_STANCE',
    start: 'holder',
    end: 'issue',
    columns: [
      ['id', 'id'],
      ['stance', 'stance'],
      ['position', 'position'],
      ['attribution', 'attribution'],
      ['asOf', 'asOf:date'],
      ['asOfPrecision', 'asOfPrecision'],
      ['quote', 'quote'],
      SOURCES,
    ],
  },
};

const isNodeKind = (kind: RowKind): kind is (typeof NODE_KINDS)[number] => (NODE_KINDS as readonly string[]).includes(kind);

/** One CSV field: lists joined by the importer's array delimiter, null as an empty field. */
function field(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      // A list item holding the delimiter would split in two on import.
      if (String(item).includes(ARRAY_DELIMITER)) throw new Error(`list item ${JSON.stringify(item)} holds the array delimiter ${ARRAY_DELIMITER}`);
    }
    return value.join(ARRAY_DELIMITER);
  }
  return String(value);
}

/** The header and the field lists of one kind's rows. */
export function csvRecords(kind: RowKind, rows: Iterable<Row>): { header: string[]; records: Iterable<Array<string | null>> } {
  if (isNodeKind(kind)) {
    const { columns } = NODE_LAYOUTS[kind];
    return {
      header: columns.map(([, h]) => h),
      records: (function* () {
        for (const row of rows) yield columns.map(([f]) => field(row[f]));
      })(),
    };
  }
  const { type, start, end, columns } = EDGE_LAYOUTS[kind];
  return {
    header: [':START_ID', ':END_ID', ':TYPE', ...columns.map(([, h]) => h)],
    records: (function* () {
      for (const row of rows) yield [field(row[start]), field(row[end]), type, ...columns.map(([f]) => field(row[f]))];
    })(),
  };
}

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV line (RFC 4180, as the importer reads it): a null is an empty field, which the
 * importer leaves unset; an empty string is quoted ("") so it stays a string. Hand-written
 * rather than csv-stringify, which the project uses elsewhere: on the 1M-claim graph it took
 * 13 s of a build that must finish in a minute, against about 1 s for this loop.
 */
export function csvLine(fields: Array<string | null>): string {
  let line = '';
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i] ?? null;
    if (i > 0) line += ',';
    if (f === null) continue;
    line += f === '' || NEEDS_QUOTES.test(f) ? `"${f.replaceAll('"', '""')}"` : f;
  }
  return `${line}\n`;
}

/** Writes one CSV file in chunks of lines, honouring back-pressure. */
async function writeCsv(file: string, header: string[], records: Iterable<Array<string | null>>): Promise<void> {
  const out = createWriteStream(file);
  let chunk = csvLine(header);
  for (const record of records) {
    chunk += csvLine(record);
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/**
 * Writes the synthetic graph of these counts and seed as one CSV file per kind into `dir`,
 * and returns the importer's file list (node files carry their labels).
 */
export async function writeSynthCsv(dir: string, counts: SynthCounts, seed: number): Promise<ImportFiles> {
  const files: ImportFiles = { nodes: [], relationships: [] };
  for (const kind of ROW_KINDS) {
    const file = path.join(dir, `${kind}.csv`);
    const { header, records } = csvRecords(kind, synthRows(kind, counts, seed));
    await writeCsv(file, header, records);
    if (isNodeKind(kind)) files.nodes.push({ file, labels: NODE_LAYOUTS[kind].labels });
    else files.relationships.push(file);
  }
  return files;
}
