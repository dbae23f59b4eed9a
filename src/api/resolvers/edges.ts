import { formatPartialDate } from '../../graph/partialDate.js';
import type { AffiliationResolvers, AttendanceResolvers, StanceResolvers } from '../generated/resolvers-types.js';
import { farEnd, farStakeholder, sourcesOf } from './shared.js';

export const Stance: StanceResolvers = {
  holder: (row, _, ctx) => farStakeholder(ctx, row.end, row.holderId),
  issue: (row, _, ctx) => farEnd(ctx, row.end, row.issueId, 'Issue'),
  asOf: (row) => formatPartialDate(row.asOf, row.asOfPrecision),
  asOfPrecision: (row) => (row.asOf ? (row.asOfPrecision ?? 'DAY') : null),
  sources: (row, _, ctx) => sourcesOf(ctx, row.sources),
  retractedAt: (row) => row.history?.retractedAt ?? null,
  retractedBy: (row) => row.history?.retractedBy ?? null,
  retractionReason: (row) => row.history?.retractionReason ?? null,
  createdAt: (row) => row.history?.createdAt ?? null,
  createdBy: (row) => row.history?.createdBy ?? null,
  updatedAt: (row) => row.history?.updatedAt ?? null,
  updatedBy: (row) => row.history?.updatedBy ?? null,
};

export const Attendance: AttendanceResolvers = {
  attendee: (row, _, ctx) => farStakeholder(ctx, row.end, row.attendeeId),
  event: (row, _, ctx) => farEnd(ctx, row.end, row.eventId, 'Event'),
  sources: (row, _, ctx) => sourcesOf(ctx, row.sources),
};

export const Affiliation: AffiliationResolvers = {
  actor: (row, _, ctx) => farEnd(ctx, row.end, row.actorId, 'Actor'),
  organization: (row, _, ctx) => farEnd(ctx, row.end, row.organizationId, 'Organization'),
  sources: (row, _, ctx) => sourcesOf(ctx, row.sources),
};
