/**
 * Root look-ahead: `actor(id)`, `issue(id)`, `event(id)` and `organization(id)` name one node,
 * and most documents go straight on to its edges. The edge queries those fields use also
 * return the node they start from (`self`), so a root field loads the edges its selection
 * asks for first, with the very keys the field resolvers will use, and then finds its node
 * primed in the entity loader: the node and its first level of edges cost one round trip
 * instead of two. The loads stay in the request's DataLoaders; nothing is fetched that the
 * document does not select. A root whose selection has no such edge loads the node alone.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { claimDetailsOfTree } from './claimDetails.js';
import type { Context } from '../request/context.js';
import { ofLabel } from '../resolvers/mapping.js';
import { holderStancesKey, issueCountsKey, issueStancesKey } from '../resolvers/shared.js';
import { derivedOf, resolveTreeOf } from './resolveTree.js';
import type { EntityRow, Label } from '../../graph/rows.js';

type Ahead = (ctx: Context, id: string, field: ResolveTree) => Promise<unknown>;

const holderStances: Ahead = (ctx, id, field) => ctx.loaders.stancesOfHolder.load(holderStancesKey(id, field.args, claimDetailsOfTree(field)));

/** Per kind, the edge fields whose query returns the node itself. */
const AHEAD: Partial<Record<Label, Record<string, Ahead>>> = {
  Actor: { stances: holderStances },
  Organization: { stances: holderStances },
  Issue: {
    stances: (ctx, id, field) => ctx.loaders.stancesOnIssue.load(issueStancesKey(id, field.args, claimDetailsOfTree(field))),
    stanceCounts: (ctx, id, field) => ctx.loaders.stancesOnIssue.load(issueCountsKey(id, field.args)),
  },
  Event: { attendees: (ctx, id) => ctx.loaders.attendancesOfEvent.load(id) },
};

/** Per root field's tree: its fields that have a look-ahead, with it (none: the node alone). */
const PLANS = new WeakMap<ResolveTree, Array<[ResolveTree, Ahead]>>();

/** The node `id` of kind `label` for a root field, with the edges its selection asks for loaded ahead. */
export async function loadRoot<L extends Label>(ctx: Context, id: string, label: L, info: GraphQLResolveInfo): Promise<Extract<EntityRow, { label: L }> | null> {
  const ahead = AHEAD[label];
  if (ahead) {
    // Which fields look ahead is worked out once per document (resolveTree.ts).
    const plan = derivedOf(PLANS, resolveTreeOf(info), (tree) =>
      Object.values(tree.fieldsByTypeName[label] ?? {}).flatMap((f): Array<[ResolveTree, Ahead]> => (ahead[f.name] ? [[f, ahead[f.name]!]] : [])),
    );
    if (plan.length) await Promise.all(plan.map(([f, load]) => load(ctx, id, f)));
  }
  return ofLabel(await ctx.loaders.entity.load(id), label);
}
