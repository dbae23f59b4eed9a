/**
 * The rows the loaders return: what the `cypher/api/*.cypher` queries RETURN, nodes and
 * edges decoded from their tuples (tuples.ts). Dates are ISO strings of the first day of
 * their period, beside their precision; a property Neo4j does not store is null.
 *
 * These are the resolvers' parent values (codegen.ts maps the GraphQL types to them), so a
 * row keeps ids where the GraphQL type has nodes: the field resolvers load those.
 */
import type { Attribution, DatePrecision, EdgeType, NodeKind, StanceKind } from '../api/generated/resolvers-types.js';

/** A node's kind label in Neo4j, beside the shared `Entity` label. */
export type Label = 'Actor' | 'Organization' | 'Issue' | 'Event' | 'Source';

interface NodeRowBase {
  id: string;
  /** The kind label; the API's `__resolveType` goes by it. */
  label: Label;
}

export interface ActorRow extends NodeRowBase {
  label: 'Actor';
  name: string;
  aliases?: string[] | null;
  title?: string | null;
  description?: string | null;
}

export interface OrganizationRow extends NodeRowBase {
  label: 'Organization';
  name: string;
  aliases?: string[] | null;
  kind?: string | null;
  country?: string | null;
  description?: string | null;
  /** Id of the organization it is PART_OF. */
  parent?: string | null;
}

export interface IssueRow extends NodeRowBase {
  label: 'Issue';
  name: string;
  description?: string | null;
  /** Id of the issue it is PART_OF. */
  parent?: string | null;
}

export interface EventRow extends NodeRowBase {
  label: 'Event';
  name: string;
  kind?: string | null;
  date?: string | null;
  datePrecision?: DatePrecision | null;
  status: 'PLANNED' | 'HELD' | 'CANCELLED';
  location?: string | null;
  description?: string | null;
}

export interface SourceRow extends NodeRowBase {
  label: 'Source';
  title: string;
  publisher?: string | null;
  publishedAt?: string | null;
  publishedAtPrecision?: DatePrecision | null;
  file?: string | null;
}

export type StakeholderRow = ActorRow | OrganizationRow;
export type EntityRow = ActorRow | OrganizationRow | IssueRow | EventRow | SourceRow;

/**
 * An edge row's far end, read whole in the edge's own query when the document goes on to it
 * (an issue's claims and their holders, an event's attendees): the loaders prime the entity
 * loader with it, so that level costs no query.
 */
export interface FarEnd {
  end?: EntityRow | null;
}

/** A HOLDS_STANCE edge with the ids of its ends. */
export interface StanceRow extends FarEnd {
  id: string;
  holderId: string;
  issueId: string;
  stance: StanceKind;
  position: string;
  attribution: Attribution;
  asOf?: string | null;
  asOfPrecision?: DatePrecision | null;
  quote?: string | null;
  /** Source ids. */
  sources?: string[] | null;
  /** Retraction and provenance (ISO date-times and names), read when the document asks (claimDetails.ts). */
  history?: ClaimHistory | null;
}

/** A claim's retraction and who wrote it through the API, when; absent values are null. */
export interface ClaimHistory {
  retractedAt?: string | null;
  retractedBy?: string | null;
  retractionReason?: string | null;
  createdAt?: string | null;
  createdBy?: string | null;
  updatedAt?: string | null;
  updatedBy?: string | null;
}

/** An ATTENDED edge with the ids of its ends. */
export interface AttendanceRow extends FarEnd {
  attendeeId: string;
  eventId: string;
  role?: string | null;
  sources?: string[] | null;
}

/** An AFFILIATED_WITH edge with the ids of its ends. */
export interface AffiliationRow extends FarEnd {
  actorId: string;
  organizationId: string;
  role?: string | null;
  sources?: string[] | null;
}

/** Two stakeholders' claims on one issue (see compareStances). */
export interface IssueComparisonRow {
  issueId: string;
  a: StanceRow[];
  b: StanceRow[];
  latestA: StanceRow;
  latestB: StanceRow;
}

/** A page of a connection, before it is shaped into edges and pageInfo. */
export interface Page<T> {
  items: T[];
  total: number;
  hasNextPage: boolean;
}

/** A node of `graph`, already in its GraphQL shape. */
export interface GraphNodeRow {
  id: string;
  kind: NodeKind;
  label: string;
}

/** An edge of `graph`, already in its GraphQL shape. */
export interface GraphEdgeRow {
  id: string;
  type: EdgeType;
  source: string;
  target: string;
  label: string | null;
}
