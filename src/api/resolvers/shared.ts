import type { ClaimDetail } from '../loaders/claimDetails.js';
import type { Context } from '../request/context.js';
import { loadAllOrFail } from '../loaders/batch.js';
import type { HolderStancesKey, IssueStancesKey } from '../loaders/index.js';
import type { EntityRow, Label, SourceRow, StakeholderRow, StanceRow } from '../../graph/rows.js';
import { isStakeholder, ofLabel } from './mapping.js';

/** Loads nodes by id, keeping those of one kind, in the order of the ids. */
export async function loadAll<L extends Label>(
  ctx: Context,
  ids: readonly string[] | null | undefined,
  label: L,
): Promise<Array<Extract<EntityRow, { label: L }>>> {
  const rows = await loadMany(ctx, ids ?? []);
  return rows.map((r) => ofLabel(r, label)).filter((r): r is Extract<EntityRow, { label: L }> => r !== null);
}

/** Nodes by id, null for unknown ones, in the order of the ids. */
export const loadMany = (ctx: Context, ids: readonly string[]): Promise<Array<EntityRow | null>> =>
  loadAllOrFail(ctx.loaders.entity, ids);

/** The sources an edge lists (stance, attendance, affiliation), by their ids. */
export const sourcesOf = (ctx: Context, ids: readonly string[] | null | undefined): Promise<SourceRow[]> =>
  loadAll(ctx, ids, 'Source');

/** `f` of a value that may still be a promise, without making a promise when it is not one. */
export const thenOrNow = <T, U>(value: T | Promise<T>, f: (value: T) => U): U | Promise<U> => (value instanceof Promise ? value.then(f) : f(value));

/** The node as the given kind, or a data error: a dangling reference is not a null. */
function required<L extends Label>(row: EntityRow | null, id: string, label: L): Extract<EntityRow, { label: L }> {
  const node = ofLabel(row, label);
  if (!node) throw new Error(`Graph inconsistency: ${id} is not a ${label}`);
  return node;
}

/** One node that must exist, of a kind; the row itself when the request already holds it. */
export const loadRequired = <L extends Label>(ctx: Context, id: string, label: L) =>
  thenOrNow(ctx.loaders.entity.loadNow(id), (row) => required(row, id, label));

/**
 * An edge's far end: the node its query returned whole (FarEnd) when there is one, else
 * loaded. Returning the row itself, not a promise, spares graphql-js a promise per edge,
 * which on a list of a thousand claims is much of the request's time.
 */
export function farEnd<L extends Label>(ctx: Context, end: EntityRow | null | undefined, id: string, label: L) {
  return end?.id === id && end.label === label ? (end as Extract<EntityRow, { label: L }>) : loadRequired(ctx, id, label);
}

/** A claim holder's or attendee's row, as farEnd does for one kind. */
export function farStakeholder(ctx: Context, end: EntityRow | null | undefined, id: string) {
  return end?.id === id && isStakeholder(end) ? end : loadStakeholder(ctx, id);
}

export const loadStakeholder = (ctx: Context, id: string) =>
  thenOrNow(ctx.loaders.entity.loadNow(id), (row): StakeholderRow => {
    if (!isStakeholder(row)) throw new Error(`Graph inconsistency: ${id} is not an actor or organization`);
    return row;
  });

/**
 * The loader keys of the edge fields, built in one place: a root field that loads a field's
 * edges ahead (rootPrefetch.ts) must build the very key the field's resolver will.
 */
export const holderStancesKey = (
  holder: string,
  args: { issue?: string | null; stance?: StanceRow['stance'] | null; includeRetracted?: boolean | null },
  details: readonly ClaimDetail[],
): HolderStancesKey => ({
  holder,
  issue: args.issue ?? null,
  stance: args.stance ?? null,
  includeRetracted: args.includeRetracted ?? false,
  details,
});

export const issueStancesKey = (
  issue: string,
  args: { stance?: StanceRow['stance'] | null; includeSubIssues?: boolean | null; includeRetracted?: boolean | null },
  details: readonly ClaimDetail[],
): IssueStancesKey => ({
  issue,
  stance: args.stance ?? null,
  includeSubIssues: args.includeSubIssues ?? false,
  includeRetracted: args.includeRetracted ?? false,
  countOnly: false,
  details,
});

export const issueCountsKey = (issue: string, args: { includeSubIssues?: boolean | null; includeRetracted?: boolean | null }): IssueStancesKey => ({
  issue,
  stance: null,
  includeSubIssues: args.includeSubIssues ?? false,
  includeRetracted: args.includeRetracted ?? false,
  countOnly: true,
  details: [],
});

/** Stakeholder.stances: the holder's claims through the batched loader. */
export const stancesOfHolder = (
  ctx: Context,
  holder: string,
  args: { issue?: string | null; stance?: StanceRow['stance'] | null; includeRetracted?: boolean | null },
  details: readonly ClaimDetail[],
): Promise<StanceRow[]> => ctx.loaders.stancesOfHolder.load(holderStancesKey(holder, args, details));
