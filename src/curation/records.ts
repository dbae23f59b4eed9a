/**
 * A node of the model read back as the record a seed file (or an upsert mutation) would give
 * for it, so a change to one part of it (a source that mentions it, an event's status) is
 * written as the whole record through the upsert of its kind: the same validator, history,
 * audit entry and change feed as a curator's upsert.
 */
import { cypher } from '../graph/cypher.js';
import type { TxRunner } from '../graph/db.js';
import { formatPartialDate } from '../graph/partialDate.js';
import { RECORD_SCHEMAS } from '../validate/records.js';
import { KIND_OF_LABEL } from './facts.js';
import type { NodeKind } from './index.js';

type Props = Record<string, unknown>;

const Q = {
  record: cypher<{ label: string; props: Props; sources: string[]; parent: string | null; issues: string[]; concernSources: string[] | null }>(
    'curation/node-record',
  ),
};

/** Written by the upsert itself (kept from before, or now), never part of the record given. */
const HISTORY = new Set(['createdAt', 'createdBy', 'updatedAt', 'updatedBy']);

/** The node of `id` as a record of its kind, or null when no node of the model has that id. */
export async function readNodeRecord(run: TxRunner, id: string): Promise<{ kind: NodeKind; record: Props } | null> {
  const [row] = await run(Q.record, { id });
  const kind = row && (KIND_OF_LABEL[row.label] as NodeKind | undefined);
  if (!row || !kind) return null;
  // Only the record's own fields: a property the format does not know would fail its validator.
  const fields = Object.keys(RECORD_SCHEMAS[kind].shape).filter((f) => !HISTORY.has(f));
  const record: Props = {};
  for (const f of fields) {
    const v = row.props[f];
    if (v !== null && v !== undefined) record[f] = v;
  }
  if (typeof record.date === 'string') record.date = formatPartialDate(record.date, row.props.datePrecision as string | undefined);
  if (kind !== 'sources') record.sources = [...row.sources].sort();
  if (row.parent && (kind === 'issues' || kind === 'organizations')) record.parent = row.parent;
  if (kind === 'events') {
    record.issues = [...row.issues].sort();
    // The CONCERNS edges keep the event's sources in its record's order: kept in it.
    const listed = row.concernSources ?? [];
    if (listed.length === row.sources.length && listed.every((s) => row.sources.includes(s))) record.sources = listed;
  }
  return { kind, record };
}
