import { writerFor } from '../auth.js';
import type { Context } from '../context.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import type { AffiliationRow, AttendanceRow, EntityRow, StanceRow } from '../rows.js';
import type { Role, Row } from '../../curation/index.js';

/** curator writes nodes and claims; admin may also merge and remove (README, Credentials). */
const WRITE: readonly Role[] = ['curator', 'admin'];
const ADMIN: readonly Role[] = ['admin'];

const writer = (ctx: Context, allowed: readonly Role[], operation: string) => writerFor(ctx.credential, allowed, operation);

/**
 * src/curation/ answers rows shaped by the API's own queries (a node by api/entities-by-id,
 * a claim by curation/claim with the Stance row's columns); it sits below the API and does
 * not import its row types, so they are named here.
 */
const as = <T>(row: Promise<Row>): Promise<T> => row as Promise<unknown> as Promise<T>;

/**
 * Thin, like the read resolvers: check the role, hand the arguments to src/curation/, return
 * its row. A node comes back as the read queries shape it, so the node's fields resolve as
 * they do for reads.
 */
export const Mutation: MutationResolvers = {
  upsertActor: (_, { input }, ctx) => as(ctx.curation.upsertNode('actors', 'upsertActor', input, writer(ctx, WRITE, 'upsertActor'))),
  upsertOrganization: (_, { input }, ctx) =>
    as(ctx.curation.upsertNode('organizations', 'upsertOrganization', input, writer(ctx, WRITE, 'upsertOrganization'))),
  upsertIssue: (_, { input }, ctx) => as(ctx.curation.upsertNode('issues', 'upsertIssue', input, writer(ctx, WRITE, 'upsertIssue'))),
  upsertEvent: (_, { input }, ctx) => as(ctx.curation.upsertNode('events', 'upsertEvent', input, writer(ctx, WRITE, 'upsertEvent'))),
  upsertSource: (_, { input }, ctx) => as(ctx.curation.upsertNode('sources', 'upsertSource', input, writer(ctx, WRITE, 'upsertSource'))),
  recordStance: (_, { input }, ctx) => as<StanceRow>(ctx.curation.recordStance(input, writer(ctx, WRITE, 'recordStance'))),
  retractStance: (_, { id, reason }, ctx) => as<StanceRow>(ctx.curation.retractStance(id, reason, writer(ctx, WRITE, 'retractStance'))),
  recordAttendance: (_, { input }, ctx) =>
    as<AttendanceRow>(ctx.curation.recordEdge('attendances', 'recordAttendance', input, writer(ctx, WRITE, 'recordAttendance'))),
  recordAffiliation: (_, { input }, ctx) =>
    as<AffiliationRow>(ctx.curation.recordEdge('affiliations', 'recordAffiliation', input, writer(ctx, WRITE, 'recordAffiliation'))),
  removeAttendance: (_, { attendee, event }, ctx) =>
    as<AttendanceRow>(ctx.curation.removeEdge('attendances', 'removeAttendance', attendee, event, writer(ctx, ADMIN, 'removeAttendance'))),
  removeAffiliation: (_, { actor, organization }, ctx) =>
    as<AffiliationRow>(ctx.curation.removeEdge('affiliations', 'removeAffiliation', actor, organization, writer(ctx, ADMIN, 'removeAffiliation'))),
  mergeEntities: (_, { keep, duplicate }, ctx) => as<EntityRow>(ctx.curation.mergeEntities(keep, duplicate, writer(ctx, ADMIN, 'mergeEntities'))),
};
