/**
 * Row to GraphQL: the small, pure conversions field resolvers share. Kept apart from the
 * resolvers so they are unit-tested without a database.
 */
import type { EdgeType, NodeKind } from '../generated/resolvers-types.js';
import type { EntityRow, Label, StakeholderRow } from '../../graph/rows.js';

export const NODE_KIND: Record<Label, NodeKind> = {
  Actor: 'ACTOR',
  Organization: 'ORGANIZATION',
  Issue: 'ISSUE',
  Event: 'EVENT',
  Source: 'SOURCE',
};
export const LABEL_OF_KIND: Record<NodeKind, Label> = {
  ACTOR: 'Actor',
  ORGANIZATION: 'Organization',
  ISSUE: 'Issue',
  EVENT: 'Event',
  SOURCE: 'Source',
};

export const EDGE_TYPES: readonly EdgeType[] = ['HOLDS_STANCE', 'ATTENDED', 'AFFILIATED_WITH', 'PART_OF', 'CONCERNS', 'MENTIONED_IN'];

/** Lists Neo4j may not store (a null property is absent) read as empty. */
export const list = <T>(value: readonly T[] | null | undefined): T[] => (value ? [...value] : []);

export function isStakeholder(row: EntityRow | null | undefined): row is StakeholderRow {
  return row?.label === 'Actor' || row?.label === 'Organization';
}

/** Narrows a loaded node to one kind: `actor(id)` of an issue's id is null, not an error. */
export function ofLabel<L extends Label>(row: EntityRow | null | undefined, label: L): Extract<EntityRow, { label: L }> | null {
  return row?.label === label ? (row as Extract<EntityRow, { label: L }>) : null;
}

/**
 * A subgraph edge's stable id: a stance edge is its claim, so its id is the claim's; any
 * other edge is one per (type, source, target) pair, so that triple names it.
 */
export function edgeId(type: EdgeType, source: string, target: string, claimId: string | null | undefined): string {
  return type === 'HOLDS_STANCE' && claimId ? claimId : `${type}:${source}->${target}`;
}
