/**
 * Checks a user's CSV files before Neo4j's offline importer sees them (`npm run import`):
 * the importer stops at the first bad value with a message about its own internals, after
 * minutes on a large file; this reads every file once, up front, and names each problem by
 * file, line and column, so nothing is imported until all of it is right.
 *
 * The files use the importer's header format (https://neo4j.com/docs/operations-manual/5/
 * tools/neo4j-admin/neo4j-admin-import/): node files with an `id:ID` column and a `:LABEL`
 * column naming the node's kind; relationship files with `:START_ID`, `:END_ID` and `:TYPE`;
 * other columns are properties, typed by a suffix (`asOf:date`, `sources:string[]`).
 */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { ARRAY_DELIMITER } from '../runtime/adminImport.js';

/** The node kinds of the model (design.md); every imported node also gets `Entity`. */
export const NODE_LABELS = ['Actor', 'Organization', 'Issue', 'Event', 'Source'] as const;
/** The relationship types of the model. */
export const RELATIONSHIP_TYPES = ['HOLDS_STANCE', 'ATTENDED', 'AFFILIATED_WITH', 'PART_OF', 'CONCERNS', 'MENTIONED_IN'] as const;

export type CsvKind = 'nodes' | 'relationships';

const REQUIRED: Record<CsvKind, string[]> = {
  nodes: ['id:ID', ':LABEL'],
  relationships: [':START_ID', ':END_ID', ':TYPE'],
};

/** At most this many problems are listed per file: the first ones say what is wrong. */
const MAX_PROBLEMS = 10;

const isDate = (s: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
};

/** What a value of each importer type must look like; types not listed are not checked. */
const VALID: Record<string, { test: (s: string) => boolean; what: string }> = {
  date: { test: isDate, what: 'a date (YYYY-MM-DD)' },
  int: { test: (s) => /^-?\d+$/.test(s), what: 'a whole number' },
  long: { test: (s) => /^-?\d+$/.test(s), what: 'a whole number' },
  float: { test: (s) => s.trim() !== '' && Number.isFinite(Number(s)), what: 'a number' },
  double: { test: (s) => s.trim() !== '' && Number.isFinite(Number(s)), what: 'a number' },
  boolean: { test: (s) => s === 'true' || s === 'false', what: 'true or false' },
};

/** The importer type of a header column ("asOf:date" -> date, "sources:string[]" -> string[]). */
function columnType(header: string): { type: string; array: boolean } | undefined {
  const m = /:([A-Za-z]+)(\[\])?$/.exec(header);
  if (!m || header.startsWith(':')) return undefined;
  return { type: m[1]!.toLowerCase(), array: m[2] === '[]' };
}

/**
 * The problems of one file, as lines "FILE line N, column C: ..."; empty when the file is
 * fit to import. Reads the whole file (streamed), so the count of rows is returned too.
 */
export async function checkCsv(file: string, kind: CsvKind): Promise<{ problems: string[]; rows: number }> {
  const problems: string[] = [];
  const add = (line: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(line);
  };
  let header: string[] | undefined;
  let rows = 0;
  // relax_column_count: a row with too few or too many fields is reported here, with its line.
  const parser = createReadStream(file).pipe(parse({ relax_column_count: true, skip_empty_lines: true, info: true }));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!header) {
        header = record;
        const missing = REQUIRED[kind].filter((c) => !header!.includes(c));
        if (missing.length) {
          add(`${file} line 1: the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} that ${kind} files need (found: ${header.join(', ')})`);
          break;
        }
        continue;
      }
      rows += 1;
      const line = info.lines;
      if (record.length !== header.length) {
        add(`${file} line ${line}: ${record.length} fields where the header has ${header.length} (${header.join(', ')})`);
        continue;
      }
      for (const [i, value] of record.entries()) {
        const column = header[i]!;
        if (value === '') {
          if (REQUIRED[kind].includes(column)) add(`${file} line ${line}, column ${column}: empty; every row needs it`);
          continue;
        }
        if (column === ':LABEL') {
          const unknown = value.split(ARRAY_DELIMITER).filter((l) => l !== 'Entity' && !(NODE_LABELS as readonly string[]).includes(l));
          if (unknown.length) add(`${file} line ${line}, column :LABEL: ${JSON.stringify(unknown.join(ARRAY_DELIMITER))} is not a kind of node (${NODE_LABELS.join(', ')})`);
          continue;
        }
        if (column === ':TYPE') {
          if (!(RELATIONSHIP_TYPES as readonly string[]).includes(value)) add(`${file} line ${line}, column :TYPE: ${JSON.stringify(value)} is not a relationship type (${RELATIONSHIP_TYPES.join(', ')})`);
          continue;
        }
        const type = columnType(column);
        const valid = type && VALID[type.type];
        if (!valid) continue;
        for (const item of type.array ? value.split(ARRAY_DELIMITER) : [value]) {
          if (!valid.test(item)) add(`${file} line ${line}, column ${column}: ${JSON.stringify(item)} is not ${valid.what}`);
        }
      }
    }
  } catch (e) {
    add(`${file}: not readable as CSV: ${(e as Error).message}`);
  }
  if (!header && !problems.length) add(`${file}: empty; a CSV file starts with its header line (${REQUIRED[kind].join(', ')}, ...)`);
  return { problems, rows };
}
