import { formatPartialDate } from '../../graph/partialDate.js';
import type {
  ActorResolvers,
  EventResolvers,
  IssueResolvers,
  NodeResolvers,
  OrganizationResolvers,
  SourceResolvers,
  StakeholderResolvers,
} from '../generated/resolvers-types.js';
import { claimDetailsOfList, stanceSelectionOfList } from '../loaders/claimDetails.js';
import { settleHolderEdges } from '../loaders/holderEdges.js';
import { list, ofLabel } from './mapping.js';
import { issueCountsKey, issueStancesKey, stancesOfHolder, thenOrNow } from './shared.js';

/** Every node row carries its kind label; the interfaces resolve by it. */
export const Node: NodeResolvers = { __resolveType: (row) => row.label };
export const Stakeholder: StakeholderResolvers = { __resolveType: (row) => row.label };

export const Actor: ActorResolvers = {
  aliases: (row) => list(row.aliases),
  stances: (row, args, ctx, info) => stancesOfHolder(ctx, row.id, args, claimDetailsOfList(info)),
  attended: (row, _, ctx) => ctx.loaders.attendancesOfStakeholder.loadNow(row.id),
  affiliations: (row, _, ctx) => ctx.loaders.affiliationsOfActor.loadNow(row.id),
  sources: (row, _, ctx) => ctx.loaders.sourcesMentioning.loadNow(row.id),
};

export const Organization: OrganizationResolvers = {
  aliases: (row) => list(row.aliases),
  parent: (row, _, ctx) => (row.parent ? thenOrNow(ctx.loaders.entity.loadNow(row.parent), (p) => ofLabel(p, 'Organization')) : null),
  parts: (row, _, ctx) => thenOrNow(ctx.loaders.partsOf.loadNow(row.id), (parts) => parts.flatMap((r) => ofLabel(r, 'Organization') ?? [])),
  stances: (row, args, ctx, info) => stancesOfHolder(ctx, row.id, args, claimDetailsOfList(info)),
  attended: (row, _, ctx) => ctx.loaders.attendancesOfStakeholder.loadNow(row.id),
  members: (row, _, ctx) => ctx.loaders.membersOfOrganization.loadNow(row.id),
  sources: (row, _, ctx) => ctx.loaders.sourcesMentioning.loadNow(row.id),
};

export const Issue: IssueResolvers = {
  parent: (row, _, ctx) => (row.parent ? thenOrNow(ctx.loaders.entity.loadNow(row.parent), (p) => ofLabel(p, 'Issue')) : null),
  subIssues: (row, _, ctx) => thenOrNow(ctx.loaders.partsOf.loadNow(row.id), (parts) => parts.flatMap((r) => ofLabel(r, 'Issue') ?? [])),
  stances: async (row, args, ctx, info) => {
    const { fields, details } = stanceSelectionOfList(info);
    const { stances } = await ctx.loaders.stancesOnIssue.load(issueStancesKey(row.id, args, details));
    await settleHolderEdges(ctx, fields, stances);
    return stances;
  },
  stanceCounts: async (row, args, ctx) => (await ctx.loaders.stancesOnIssue.load(issueCountsKey(row.id, args))).counts,
  events: (row, _, ctx) => ctx.loaders.eventsOfIssue.loadNow(row.id),
  sources: (row, _, ctx) => ctx.loaders.sourcesMentioning.loadNow(row.id),
};

export const Event: EventResolvers = {
  date: (row) => formatPartialDate(row.date, row.datePrecision),
  datePrecision: (row) => (row.date ? (row.datePrecision ?? 'DAY') : null),
  attendees: (row, _, ctx) => ctx.loaders.attendancesOfEvent.loadNow(row.id),
  issues: (row, _, ctx) => ctx.loaders.issuesOfEvent.loadNow(row.id),
  sources: (row, _, ctx) => ctx.loaders.sourcesMentioning.loadNow(row.id),
};

export const Source: SourceResolvers = {
  publishedAt: (row) => formatPartialDate(row.publishedAt, row.publishedAtPrecision),
  publishedAtPrecision: (row) => (row.publishedAt ? (row.publishedAtPrecision ?? 'DAY') : null),
};
