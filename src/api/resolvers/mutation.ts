import { writerFor } from '../auth.js';
import type { Context } from '../context.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import type { AffiliationRow, AttendanceRow, StanceRow } from '../rows.js';
import type { Role } from '../../curation/index.js';

/** curator writes nodes and claims; admin may also merge and remove (README, Credentials). */
const WRITE: readonly Role[] = ['curator', 'admin'];
const ADMIN: readonly Role[] = ['admin'];

const writer = (ctx: Context, allowed: readonly Role[], operation: string) => writerFor(ctx.credential, allowed, operation);

/**
 * Thin, like the read resolvers: check the role, hand the arguments to src/curation/, return
 * its row. A node comes back as the read queries shape it, so the node's fields resolve as
 * they do for reads.
 */
export const Mutation: MutationResolvers = {
  upsertActor: async (_, { input }, ctx) => ctx.curation.upsertNode('actors', 'upsertActor', input, writer(ctx, WRITE, 'upsertActor')) as never,
  upsertOrganization: async (_, { input }, ctx) =>
    ctx.curation.upsertNode('organizations', 'upsertOrganization', input, writer(ctx, WRITE, 'upsertOrganization')) as never,
  upsertIssue: async (_, { input }, ctx) => ctx.curation.upsertNode('issues', 'upsertIssue', input, writer(ctx, WRITE, 'upsertIssue')) as never,
  upsertEvent: async (_, { input }, ctx) => ctx.curation.upsertNode('events', 'upsertEvent', input, writer(ctx, WRITE, 'upsertEvent')) as never,
  upsertSource: async (_, { input }, ctx) => ctx.curation.upsertNode('sources', 'upsertSource', input, writer(ctx, WRITE, 'upsertSource')) as never,
  recordStance: async (_, { input }, ctx) =>
    (await ctx.curation.recordStance(input, writer(ctx, WRITE, 'recordStance'))) as unknown as StanceRow,
  retractStance: async (_, { id, reason }, ctx) =>
    (await ctx.curation.retractStance(id, reason, writer(ctx, WRITE, 'retractStance'))) as unknown as StanceRow,
  recordAttendance: async (_, { input }, ctx) =>
    (await ctx.curation.recordEdge('attendances', 'recordAttendance', input, writer(ctx, WRITE, 'recordAttendance'))) as unknown as AttendanceRow,
  recordAffiliation: async (_, { input }, ctx) =>
    (await ctx.curation.recordEdge('affiliations', 'recordAffiliation', input, writer(ctx, WRITE, 'recordAffiliation'))) as unknown as AffiliationRow,
  removeAttendance: async (_, { attendee, event }, ctx) =>
    (await ctx.curation.removeEdge('attendances', 'removeAttendance', attendee, event, writer(ctx, ADMIN, 'removeAttendance'))) as unknown as AttendanceRow,
  removeAffiliation: async (_, { actor, organization }, ctx) =>
    (await ctx.curation.removeEdge('affiliations', 'removeAffiliation', actor, organization, writer(ctx, ADMIN, 'removeAffiliation'))) as unknown as AffiliationRow,
  mergeEntities: async (_, { keep, duplicate }, ctx) =>
    ctx.curation.mergeEntities(keep, duplicate, writer(ctx, ADMIN, 'mergeEntities')) as never,
};
