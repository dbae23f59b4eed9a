import { writerFor } from '../http/auth.js';
import type { Context } from '../request/context.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import type { ActorRow, AffiliationRow, AttendanceRow, EntityRow, EventRow, IssueRow, OrganizationRow, SourceRow, StanceRow } from '../../graph/rows.js';
import type { Role, Row } from '../../curation/index.js';
import type { Change } from '../../feed/messages.js';
import { affiliationWritten, attendanceWritten, claimWritten, merged, nodeWritten } from '../live/ownWrites.js';

/** curator writes nodes and claims; admin may also merge and remove (docs/curation.md, Credentials). */
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
 * The mutation's row, once the live graph has heard of the write (ownWrites.ts): the shared
 * cache forgets what it changed before the client gets the answer.
 */
async function written<T>(ctx: Context, row: Promise<Row>, changes: (row: T) => Change[], all = false): Promise<T> {
  const answer = await as<T>(row);
  ctx.live?.ownWrite(changes(answer), { all });
  return answer;
}

/**
 * Thin, like the read resolvers: check the role, hand the arguments to src/curation/, return
 * its row. A node comes back as the read queries shape it, so the node's fields resolve as
 * they do for reads.
 */
export const Mutation: MutationResolvers = {
  upsertActor: (_, { input }, ctx) =>
    written<ActorRow>(ctx, ctx.curation.upsertNode('actors', 'upsertActor', input, writer(ctx, WRITE, 'upsertActor')), (r) => nodeWritten(r, input)),
  upsertOrganization: (_, { input }, ctx) =>
    written<OrganizationRow>(ctx, ctx.curation.upsertNode('organizations', 'upsertOrganization', input, writer(ctx, WRITE, 'upsertOrganization')), (r) =>
      nodeWritten(r, input),
    ),
  upsertIssue: (_, { input }, ctx) =>
    written<IssueRow>(ctx, ctx.curation.upsertNode('issues', 'upsertIssue', input, writer(ctx, WRITE, 'upsertIssue')), (r) => nodeWritten(r, input)),
  upsertEvent: (_, { input }, ctx) =>
    written<EventRow>(ctx, ctx.curation.upsertNode('events', 'upsertEvent', input, writer(ctx, WRITE, 'upsertEvent')), (r) => nodeWritten(r, input)),
  upsertSource: (_, { input }, ctx) =>
    written<SourceRow>(ctx, ctx.curation.upsertNode('sources', 'upsertSource', input, writer(ctx, WRITE, 'upsertSource')), (r) => nodeWritten(r, input)),
  recordStance: (_, { input }, ctx) => written(ctx, ctx.curation.recordStance(input, writer(ctx, WRITE, 'recordStance')), claimWritten),
  retractStance: (_, { id, reason }, ctx) => written(ctx, ctx.curation.retractStance(id, reason, writer(ctx, WRITE, 'retractStance')), claimWritten),
  recordAttendance: (_, { input }, ctx) =>
    written(ctx, ctx.curation.recordEdge('attendances', 'recordAttendance', input, writer(ctx, WRITE, 'recordAttendance')), attendanceWritten),
  recordAffiliation: (_, { input }, ctx) =>
    written(ctx, ctx.curation.recordEdge('affiliations', 'recordAffiliation', input, writer(ctx, WRITE, 'recordAffiliation')), affiliationWritten),
  removeAttendance: (_, { attendee, event }, ctx) =>
    written(ctx, ctx.curation.removeEdge('attendances', 'removeAttendance', attendee, event, writer(ctx, ADMIN, 'removeAttendance')), attendanceWritten),
  removeAffiliation: (_, { actor, organization }, ctx) =>
    written(
      ctx,
      ctx.curation.removeEdge('affiliations', 'removeAffiliation', actor, organization, writer(ctx, ADMIN, 'removeAffiliation')),
      affiliationWritten,
    ),
  mergeEntities: (_, { keep, duplicate }, ctx) =>
    written<EntityRow>(ctx, ctx.curation.mergeEntities(keep, duplicate, writer(ctx, ADMIN, 'mergeEntities')), (r) => merged(r, duplicate), true),
};
