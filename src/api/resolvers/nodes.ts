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
import { claimDetailsOfList } from '../claimDetails.js';
import { list, ofLabel } from '../mapping.js';
import { stancesOfHolder } from './shared.js';

/** Every node row carries its kind label; the interfaces resolve by it. */
export const Node: NodeResolvers = { __resolveType: (row) => row.label };
export const Stakeholder: StakeholderResolvers = { __resolveType: (row) => row.label };

export const Actor: ActorResolvers = {
  aliases: (row) => list(row.aliases),
  stances: (row, args, ctx, info) => stancesOfHolder(ctx, row.id, args, claimDetailsOfList(info)),
  attended: (row, _, ctx) => ctx.loaders.attendancesOfStakeholder.load(row.id),
  affiliations: (row, _, ctx) => ctx.loaders.affiliationsOfActor.load(row.id),
  sources: (row, _, ctx) => ctx.loaders.sourcesMentioning.load(row.id),
};

export const Organization: OrganizationResolvers = {
  aliases: (row) => list(row.aliases),
  parent: async (row, _, ctx) => (row.parent ? ofLabel(await ctx.loaders.entity.load(row.parent), 'Organization') : null),
  parts: async (row, _, ctx) => (await ctx.loaders.partsOf.load(row.id)).flatMap((r) => ofLabel(r, 'Organization') ?? []),
  stances: (row, args, ctx, info) => stancesOfHolder(ctx, row.id, args, claimDetailsOfList(info)),
  attended: (row, _, ctx) => ctx.loaders.attendancesOfStakeholder.load(row.id),
  members: (row, _, ctx) => ctx.loaders.membersOfOrganization.load(row.id),
  sources: (row, _, ctx) => ctx.loaders.sourcesMentioning.load(row.id),
};

export const Issue: IssueResolvers = {
  parent: async (row, _, ctx) => (row.parent ? ofLabel(await ctx.loaders.entity.load(row.parent), 'Issue') : null),
  subIssues: async (row, _, ctx) => (await ctx.loaders.partsOf.load(row.id)).flatMap((r) => ofLabel(r, 'Issue') ?? []),
  stances: async (row, { stance, includeSubIssues, includeRetracted }, ctx, info) => {
    const key = {
      issue: row.id,
      stance: stance ?? null,
      includeSubIssues: includeSubIssues ?? false,
      includeRetracted: includeRetracted ?? false,
      countOnly: false,
    };
    return (await ctx.loaders.stancesOnIssue.load({ ...key, details: claimDetailsOfList(info) })).stances;
  },
  stanceCounts: async (row, { includeSubIssues, includeRetracted }, ctx) => {
    const key = {
      issue: row.id,
      stance: null,
      includeSubIssues: includeSubIssues ?? false,
      includeRetracted: includeRetracted ?? false,
      countOnly: true,
    };
    return (await ctx.loaders.stancesOnIssue.load({ ...key, details: [] })).counts;
  },
  events: (row, _, ctx) => ctx.loaders.eventsOfIssue.load(row.id),
  sources: (row, _, ctx) => ctx.loaders.sourcesMentioning.load(row.id),
};

export const Event: EventResolvers = {
  date: (row) => formatPartialDate(row.date, row.datePrecision),
  datePrecision: (row) => (row.date ? (row.datePrecision ?? 'DAY') : null),
  attendees: (row, _, ctx) => ctx.loaders.attendancesOfEvent.load(row.id),
  issues: (row, _, ctx) => ctx.loaders.issuesOfEvent.load(row.id),
  sources: (row, _, ctx) => ctx.loaders.sourcesMentioning.load(row.id),
};

export const Source: SourceResolvers = {
  publishedAt: (row) => formatPartialDate(row.publishedAt, row.publishedAtPrecision),
  publishedAtPrecision: (row) => (row.publishedAt ? (row.publishedAtPrecision ?? 'DAY') : null),
};
