/**
 * A list of claims whose holders go on to edges of their own (issues → claims → holder →
 * affiliations) loads those edges for every holder before the list returns. The holders'
 * resolvers then find them settled (SettlingLoader.loadNow) and each holder, each claim and
 * the list complete as plain values: left to the holders, a thousand of them each waited on
 * a promise, and graphql-js paid a promise and a Promise.all per holder and per claim.
 * The load is the very one those resolvers would make, as one batch, one level down: the
 * request's round trips do not change.
 */
import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { Context } from '../request/context.js';
import type { SettlingLoader } from './batch.js';
import type { Loaders } from './index.js';
import type { StakeholderRow, StanceRow } from '../../graph/rows.js';

type EdgeLoader = (loaders: Loaders) => SettlingLoader<string, unknown>;

/** Per kind of holder, its fields whose loader is keyed by the holder's id alone. */
const EDGES: Record<StakeholderRow['label'], Record<string, EdgeLoader>> = {
  Actor: {
    affiliations: (l) => l.affiliationsOfActor,
    attended: (l) => l.attendancesOfStakeholder,
    sources: (l) => l.sourcesMentioning,
  },
  Organization: {
    members: (l) => l.membersOfOrganization,
    attended: (l) => l.attendancesOfStakeholder,
    sources: (l) => l.sourcesMentioning,
  },
};

/** The field names a `holder` selection asks of holders of one kind (on the kind or on Stakeholder). */
const fieldNames = (holder: ResolveTree, label: StakeholderRow['label']) =>
  [label, 'Stakeholder'].flatMap((type) => Object.values(holder.fieldsByTypeName[type] ?? {}).map((f) => f.name));

type Plan = Array<[StakeholderRow['label'], EdgeLoader[]]>;
/** Per selection of Stance fields (shared by every request of a document): the loaders to settle per kind of holder. */
const PLANS = new WeakMap<readonly ResolveTree[], Plan>();

function planOf(stanceFields: readonly ResolveTree[]): Plan {
  let plan = PLANS.get(stanceFields);
  if (!plan) {
    const holders = stanceFields.filter((f) => f.name === 'holder');
    plan = (Object.keys(EDGES) as Array<StakeholderRow['label']>).flatMap((label): Plan => {
      const names = new Set(holders.flatMap((h) => fieldNames(h, label)));
      const loaders = Object.entries(EDGES[label]).flatMap(([name, loader]) => (names.has(name) ? [loader] : []));
      return loaders.length ? [[label, loaders]] : [];
    });
    PLANS.set(stanceFields, plan);
  }
  return plan;
}

/**
 * Loads what `stanceFields` (a selection of Stance fields) asks of the holders of `stances`.
 * Failures stay in the loaders, for the holders' own fields to report.
 */
export async function settleHolderEdges(ctx: Context, stanceFields: readonly ResolveTree[], stances: readonly StanceRow[]): Promise<void> {
  if (stances.length === 0) return;
  const plan = planOf(stanceFields);
  if (plan.length === 0) return;
  const loads = plan.flatMap(([label, loaders]) => {
    const ids = [...new Set(stances.flatMap((s) => (s.end?.label === label && s.end.id === s.holderId ? [s.holderId] : [])))];
    if (ids.length === 0) return [];
    return loaders.map((loader) => loader(ctx.loaders).loadMany(ids));
  });
  await Promise.all(loads);
}
