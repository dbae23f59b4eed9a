import type { ClaimDetail } from '../claimDetails.js';
import type { Context } from '../context.js';
import { loadAllOrFail } from '../loaders/batch.js';
import type { EntityRow, Label, SourceRow, StakeholderRow, StanceRow } from '../rows.js';
import { isStakeholder, ofLabel } from '../mapping.js';

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

/** One node that must exist, of a kind: a dangling reference is a data error, not a null. */
export async function loadRequired<L extends Label>(ctx: Context, id: string, label: L): Promise<Extract<EntityRow, { label: L }>> {
  const row = ofLabel(await ctx.loaders.entity.load(id), label);
  if (!row) throw new Error(`Graph inconsistency: ${id} is not a ${label}`);
  return row;
}

export async function loadStakeholder(ctx: Context, id: string): Promise<StakeholderRow> {
  const row = await ctx.loaders.entity.load(id);
  if (!isStakeholder(row)) throw new Error(`Graph inconsistency: ${id} is not an actor or organization`);
  return row;
}

/** Stakeholder.stances: the holder's claims through the batched loader. */
export const stancesOfHolder = (
  ctx: Context,
  holder: string,
  args: { issue?: string | null; stance?: StanceRow['stance'] | null; includeRetracted?: boolean | null },
  details: readonly ClaimDetail[],
): Promise<StanceRow[]> =>
  ctx.loaders.stancesOfHolder.load({
    holder,
    issue: args.issue ?? null,
    stance: args.stance ?? null,
    includeRetracted: args.includeRetracted ?? false,
    details,
  });
