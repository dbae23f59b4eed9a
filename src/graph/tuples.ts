/**
 * The API's queries return nodes and edges as lists of values in a fixed order (tuples),
 * not as maps: the driver decodes every map key of every row as a string, and on a long
 * list of claims with their holders the keys cost more than the values (an issue's 100
 * claims with holders, ten at a time: 35 ms of Node CPU as maps, 9 ms as tuples). This module
 * is the one place that knows each order; every `cypher/api` file that returns one of these
 * says so in its header, and writes the tuple as the comments below show.
 */
import type { Attribution, DatePrecision, StanceKind } from '../api/generated/resolvers-types.js';
import type {
  ActorRow,
  AffiliationRow,
  AttendanceRow,
  ClaimHistory,
  EntityRow,
  EventRow,
  IssueRow,
  OrganizationRow,
  SourceRow,
  StanceRow,
} from './rows.js';

type Maybe<T> = T | null;

/**
 * A node: its kind label, then its properties in that kind's order.
 *   ['Actor', n.id, n.name, n.aliases, n.title, n.description]
 *   ['Organization', n.id, n.name, n.aliases, n.kind, n.country, n.description, parent id]
 *   ['Issue', n.id, n.name, n.description, parent id]
 *   ['Event', n.id, n.name, n.kind, n.status, n.datePrecision, n.location, n.description, toString(n.date)]
 *   ['Source', n.id, n.title, n.publisher, n.publishedAtPrecision, n.file, toString(n.publishedAt)]
 */
export type NodeTuple =
  | ['Actor', string, string, Maybe<string[]>, Maybe<string>, Maybe<string>]
  | ['Organization', string, string, Maybe<string[]>, Maybe<string>, Maybe<string>, Maybe<string>, Maybe<string>]
  | ['Issue', string, string, Maybe<string>, Maybe<string>]
  | ['Event', string, string, Maybe<string>, EventRow['status'], Maybe<DatePrecision>, Maybe<string>, Maybe<string>, Maybe<string>]
  | ['Source', string, string, Maybe<string>, Maybe<DatePrecision>, Maybe<string>, Maybe<string>];

/** The row of a node tuple (null stays null). */
export function nodeRow(t: NodeTuple | null | undefined): EntityRow | null {
  if (!t) return null;
  switch (t[0]) {
    case 'Actor':
      return { label: 'Actor', id: t[1], name: t[2], aliases: t[3], title: t[4], description: t[5] } satisfies ActorRow;
    case 'Organization':
      return { label: 'Organization', id: t[1], name: t[2], aliases: t[3], kind: t[4], country: t[5], description: t[6], parent: t[7] } satisfies OrganizationRow;
    case 'Issue':
      return { label: 'Issue', id: t[1], name: t[2], description: t[3], parent: t[4] } satisfies IssueRow;
    case 'Event':
      return {
        label: 'Event', id: t[1], name: t[2], kind: t[3], status: t[4], datePrecision: t[5], location: t[6], description: t[7], date: t[8],
      } satisfies EventRow;
    case 'Source':
      return { label: 'Source', id: t[1], title: t[2], publisher: t[3], publishedAtPrecision: t[4], file: t[5], publishedAt: t[6] } satisfies SourceRow;
  }
}

/** The rows of a list of node tuples of one kind (a page, a node's parts). */
export const nodeRows = <R extends EntityRow>(tuples: readonly NodeTuple[] | null | undefined): R[] => (tuples ?? []).map((t) => nodeRow(t) as R);

/**
 * A claim (HOLDS_STANCE edge):
 *   [r.id, r.stance, toString(r.asOf), holder id, issue id, detail, end, history]
 * detail is null or [r.position, r.attribution, r.quote, r.sources, r.asOfPrecision], read only
 * when the document asks for one of them (claimDetails.ts); end is null or the far end's node
 * tuple; history is null or the map of ClaimHistory (rarely asked, so a map).
 */
export type ClaimTuple = [
  string,
  StanceKind,
  Maybe<string>,
  string,
  string,
  Maybe<[string, Attribution, Maybe<string>, Maybe<string[]>, Maybe<DatePrecision>]>,
  Maybe<NodeTuple>,
  Maybe<ClaimHistory>,
];

export function claimRow(t: ClaimTuple): StanceRow {
  const [id, stance, asOf, holderId, issueId, detail, end, history] = t;
  const row = { id, stance, asOf, holderId, issueId, end: nodeRow(end), history } as StanceRow;
  if (detail) [row.position, row.attribution, row.quote, row.sources, row.asOfPrecision] = detail;
  return row;
}

export const claimRowsOf = (tuples: readonly ClaimTuple[] | null | undefined): StanceRow[] => (tuples ?? []).map(claimRow);

/** An affiliation (AFFILIATED_WITH edge): [actor id, organization id, f.role, f.sources, end node tuple or null]. */
export type AffiliationTuple = [string, string, Maybe<string>, Maybe<string[]>, Maybe<NodeTuple>];

export const affiliationRows = (tuples: readonly AffiliationTuple[] | null | undefined): AffiliationRow[] =>
  (tuples ?? []).map(([actorId, organizationId, role, sources, end]) => ({ actorId, organizationId, role, sources, end: nodeRow(end) }));

/** An attendance (ATTENDED edge): [attendee id, event id, a.role, a.sources, end node tuple or null]. */
export type AttendanceTuple = [string, string, Maybe<string>, Maybe<string[]>, Maybe<NodeTuple>];

export const attendanceRows = (tuples: readonly AttendanceTuple[] | null | undefined): AttendanceRow[] =>
  (tuples ?? []).map(([attendeeId, eventId, role, sources, end]) => ({ attendeeId, eventId, role, sources, end: nodeRow(end) }));
