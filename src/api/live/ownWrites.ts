/**
 * What each mutation changed, as the change feed would report it, built from the mutation's
 * answer: LiveGraph.ownWrite evicts it from the shared cache before the mutation answers (a
 * client reads its own write at once) and, over a Neo4j without a feed, tells subscribers.
 * A relationship change names both ends, so the cached lists of either end are evicted.
 */
import type { Change } from '../../feed/messages.js';
import type { ProposalWrite } from '../../ingest/review.js';
import type { AffiliationRow, AttendanceRow, EntityRow, StanceRow } from '../../graph/rows.js';

const node = (row: EntityRow, keys: readonly string[]): Change => ({ op: 'updated', entity: 'node', labels: ['Entity', row.label], id: row.id, keys: [...keys] });

const edge = (type: string, start: string, end: string, id: string | null = null): Change => ({
  op: 'updated',
  entity: 'relationship',
  type,
  id,
  start,
  startLabels: [],
  end,
  endLabels: [],
  keys: [],
});

/** An upserted node, and the edges its input names (PART_OF, CONCERNS, MENTIONED_IN). */
export function nodeWritten(row: EntityRow, input: object): Change[] {
  const { parent, issues, sources } = input as { parent?: string | null; issues?: readonly string[] | null; sources?: readonly string[] | null };
  return [
    node(row, Object.keys(input)),
    ...(parent ? [edge('PART_OF', row.id, parent)] : []),
    ...(issues ?? []).map((issue) => edge('CONCERNS', row.id, issue)),
    ...(sources ?? []).map((source) => edge('MENTIONED_IN', row.id, source)),
  ];
}

export const claimWritten = (row: StanceRow): Change[] => [edge('HOLDS_STANCE', row.holderId, row.issueId, row.id)];
export const attendanceWritten = (row: AttendanceRow): Change[] => [edge('ATTENDED', row.attendeeId, row.eventId)];
export const affiliationWritten = (row: AffiliationRow): Change[] => [edge('AFFILIATED_WITH', row.actorId, row.organizationId)];

/**
 * A merge moves every edge of the duplicate, and the cached lists of all its neighbours
 * change: the kept node and the deleted one are reported, and the cache is dropped whole
 * (LiveGraph.ownWrite's `all`), as merges are rare.
 */
export const merged = (kept: EntityRow, duplicate: string): Change[] => [
  node(kept, []),
  { op: 'deleted', entity: 'node', labels: ['Entity', kept.label], id: duplicate, keys: [] },
];

/** What accepting proposals wrote (src/ingest/review.ts), as the mutations of each kind report it. */
export function proposalWrites(writes: readonly ProposalWrite[]): Change[] {
  return writes.flatMap((w) => {
    switch (w.kind) {
      case 'node':
        return nodeWritten(w.row as unknown as EntityRow, w.input);
      case 'claim':
        return claimWritten(w.row as unknown as StanceRow);
      case 'attendance':
        return attendanceWritten(w.row as unknown as AttendanceRow);
      case 'affiliation':
        return affiliationWritten(w.row as unknown as AffiliationRow);
    }
  });
}
