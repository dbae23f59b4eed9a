/**
 * `npm run export`: the graph written back as seed files, one per kind, that
 * `npm run seed -- --reset --dir PATH` loads to the same graph: every node, claim (retracted
 * ones with their retraction), attendance and affiliation, with who wrote them through the
 * API and when. Audit entries are not part of the model and stay out. What it writes is
 * checked with the seed loader's own validator before anything reaches the disk.
 *
 * The article texts the ingest stored (docs/ingest.md) are not seed records and stay out,
 * unless asked for (`--with-text`): then each goes to `texts/<source id>.txt` beside the seed
 * files, where the seed loader, which reads only the directory's own .yaml and .json files,
 * leaves it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { ErrorCode, StancegraphError } from '../errors.js';
import { cypher } from '../graph/cypher.js';
import type { Db } from '../graph/db.js';
import { formatPartialDate } from '../graph/partialDate.js';
import { formatProblem } from '../validate/problems.js';
import { checkSeeds } from '../seed/read.js';
import { KINDS, type Kind } from '../validate/records.js';

type Props = Record<string, unknown>;

const Q = {
  nodes: cypher<{ label: string; props: Props; sources: string[]; parent: string | null; issues: string[]; concernSources: string[] | null }>(
    'export/nodes',
  ),
  edges: cypher<{ type: string; from: string; to: string; props: Props }>('export/edges'),
  texts: cypher<{ sourceId: string; text: string }>('export/texts'),
};

/** The folder of the export that holds the stored article texts, with --with-text. */
export const TEXTS_DIR = 'texts';

const KIND_OF_LABEL: Record<string, Kind> = { Actor: 'actors', Organization: 'organizations', Issue: 'issues', Event: 'events', Source: 'sources' };
const KIND_OF_TYPE: Record<string, Kind> = { HOLDS_STANCE: 'stances', ATTENDED: 'attendances', AFFILIATED_WITH: 'affiliations' };
/** Each date property and the property holding its precision. */
const DATES: Array<[string, string]> = [
  ['publishedAt', 'publishedAtPrecision'],
  ['date', 'datePrecision'],
  ['asOf', 'asOfPrecision'],
];

/** A node's or edge's properties as record fields: dates written to their precision, nothing absent written. */
function fields(props: Props): Props {
  const out: Props = { ...props };
  for (const [date, precision] of DATES) {
    if (out[date] !== undefined) out[date] = formatPartialDate(String(out[date]), out[precision] as string | undefined);
    delete out[precision];
  }
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== null && v !== undefined));
}

/** The records of every kind, as seed files hold them. */
export async function exportRecords(db: Db): Promise<Record<Kind, Props[]>> {
  const records = Object.fromEntries(KINDS.map((k) => [k, [] as Props[]])) as unknown as Record<Kind, Props[]>;
  for (const n of await db.read(Q.nodes)) {
    const kind = KIND_OF_LABEL[n.label];
    if (!kind) continue;
    const record = fields(n.props);
    if (kind !== 'sources') record.sources = [...n.sources].sort();
    if ((kind === 'issues' || kind === 'organizations') && n.parent) record.parent = n.parent;
    if (kind === 'events') {
      record.issues = [...n.issues].sort();
      // The CONCERNS edges keep the event's sources in its record's order: written back in it.
      const listed = n.concernSources ?? [];
      if (listed.length === n.sources.length && listed.every((s) => n.sources.includes(s))) record.sources = listed;
    }
    records[kind].push(record);
  }
  for (const e of await db.read(Q.edges)) {
    const kind = KIND_OF_TYPE[e.type]!;
    const ends =
      kind === 'stances' ? { holder: e.from, issue: e.to } : kind === 'attendances' ? { attendee: e.from, event: e.to } : { actor: e.from, organization: e.to };
    records[kind].push({ ...fields(e.props), ...ends });
  }
  return records;
}

/**
 * Writes `dir/<kind>.yaml` for each kind the graph holds, and with `withText` the stored
 * article texts; returns how many records of each kind (and texts, when written).
 */
export async function exportGraph(db: Db, dir: string, { withText = false } = {}): Promise<Record<Kind, number> & { texts?: number }> {
  const records = await exportRecords(db);
  const files = KINDS.filter((k) => records[k].length).map((k) => ({ name: `${k}.yaml`, text: stringify({ [k]: records[k] }, { lineWidth: 0 }) }));
  // What is written must load back: the seed loader's validator checks it first.
  const { problems } = checkSeeds(files);
  if (problems.length) {
    const shown = problems.slice(0, 10).map((p) => `  ${formatProblem(p)}`).join('\n');
    throw new StancegraphError(ErrorCode.INTERNAL_SERVER_ERROR, `The graph does not export to valid seed files (${problems.length} problems); nothing was written:\n${shown}`);
  }
  await mkdir(dir, { recursive: true });
  await Promise.all(files.map((f) => writeFile(path.join(dir, f.name), f.text)));
  const counts: Record<Kind, number> & { texts?: number } = Object.fromEntries(KINDS.map((k) => [k, records[k].length])) as Record<Kind, number>;
  if (withText) {
    const texts = await db.read(Q.texts);
    await mkdir(path.join(dir, TEXTS_DIR), { recursive: true });
    // Source ids are slugs (the validator's rule), so each is a safe file name.
    await Promise.all(texts.map((t) => writeFile(path.join(dir, TEXTS_DIR, `${t.sourceId}.txt`), t.text)));
    counts.texts = texts.length;
  }
  return counts;
}
