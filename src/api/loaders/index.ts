import type DataLoader from 'dataloader';
import { cypher } from '../../graph/cypher.js';
import type { StanceCounts, StanceKind } from '../generated/resolvers-types.js';
import type { SharedCache } from '../cache/sharedCache.js';
import type { ClaimDetail } from '../claimDetails.js';
import type { QueryRunner } from '../requestRunner.js';
import type { AffiliationRow, AttendanceRow, EntityRow, EventRow, IssueRow, SourceRow, StanceRow } from '../rows.js';
import { type IdRow, idLoader, type KeyRow, keyLoader } from './batch.js';

const Q = {
  entities: cypher<IdRow<'node', EntityRow>>('api/entities-by-id'),
  stancesOfHolders: cypher<KeyRow<'stances', StanceRow[]>>('api/stances-of-holders'),
  stancesOnIssues: cypher<KeyRow<'claims', IssueClaims>>('api/stances-on-issues'),
  attendancesOfStakeholders: cypher<IdRow<'attendances', AttendanceRow[]>>('api/attendances-of-stakeholders'),
  attendancesOfEvents: cypher<IdRow<'attendances', AttendanceRow[]>>('api/attendances-of-events'),
  affiliationsOfActors: cypher<IdRow<'affiliations', AffiliationRow[]>>('api/affiliations-of-actors'),
  membersOfOrganizations: cypher<IdRow<'affiliations', AffiliationRow[]>>('api/members-of-organizations'),
  partsOf: cypher<IdRow<'parts', EntityRow[]>>('api/parts-of'),
  issuesOfEvents: cypher<IdRow<'issues', IssueRow[]>>('api/issues-of-events'),
  eventsOfIssues: cypher<IdRow<'events', EventRow[]>>('api/events-of-issues'),
  sourcesMentioning: cypher<IdRow<'sources', SourceRow[]>>('api/sources-mentioning'),
};

/** Key of `stancesOfHolder`: a holder's claims, optionally on one issue and of one kind. */
export interface HolderStancesKey extends Record<string, unknown> {
  holder: string;
  issue: string | null;
  stance: StanceKind | null;
  /** The claim properties the document reads (claimDetails.ts). */
  details: readonly ClaimDetail[];
}

/**
 * Key of `stancesOnIssue`: claims on an issue (and its sub-issues), optionally of one kind;
 * with countOnly, only their counts.
 */
export interface IssueStancesKey extends Record<string, unknown> {
  issue: string;
  stance: StanceKind | null;
  includeSubIssues: boolean;
  countOnly: boolean;
  /** The claim properties the document reads (claimDetails.ts). */
  details: readonly ClaimDetail[];
}

/** The claims on an issue and their counts by kind (claims empty for a countOnly key). */
export interface IssueClaims {
  stances: StanceRow[];
  counts: StanceCounts;
}

/** The per-request DataLoaders. Each batch is one named query over all the keys of one tick. */
export interface Loaders {
  /** Any node by id, null when unknown. Node fields, stance holders and sources all go through it. */
  entity: DataLoader<string, EntityRow | null>;
  stancesOfHolder: DataLoader<HolderStancesKey, StanceRow[], string>;
  /**
   * Issue.stances and Issue.stanceCounts share it, so asking for both costs one query; the
   * counts are made in Cypher, so counting ships no claim.
   */
  stancesOnIssue: DataLoader<IssueStancesKey, IssueClaims, string>;
  attendancesOfStakeholder: DataLoader<string, AttendanceRow[]>;
  attendancesOfEvent: DataLoader<string, AttendanceRow[]>;
  affiliationsOfActor: DataLoader<string, AffiliationRow[]>;
  membersOfOrganization: DataLoader<string, AffiliationRow[]>;
  /** Sub-issues of an issue, sub-organizations of an organization. */
  partsOf: DataLoader<string, EntityRow[]>;
  issuesOfEvent: DataLoader<string, IssueRow[]>;
  eventsOfIssue: DataLoader<string, EventRow[]>;
  sourcesMentioning: DataLoader<string, SourceRow[]>;
}

/**
 * Makes a fresh set of loaders over `runner`; call once per request so no loader's own cache
 * outlives it. `shared` is the cross-request cache the change feed keeps fresh (src/api/cache/).
 */
export function createLoaders(runner: QueryRunner, shared?: SharedCache): Loaders {
  const none = () => [];
  const noClaims = (): IssueClaims => ({ stances: [], counts: { supports: 0, opposes: 0, conditional: 0, mixed: 0, total: 0 } });
  return {
    entity: idLoader<'node', EntityRow | null>(runner, Q.entities, 'node', () => null, shared),
    stancesOfHolder: keyLoader<HolderStancesKey, 'stances', StanceRow[]>(runner, Q.stancesOfHolders, 'stances', none, shared),
    stancesOnIssue: keyLoader<IssueStancesKey, 'claims', IssueClaims>(runner, Q.stancesOnIssues, 'claims', noClaims, shared),
    attendancesOfStakeholder: idLoader(runner, Q.attendancesOfStakeholders, 'attendances', none, shared),
    attendancesOfEvent: idLoader(runner, Q.attendancesOfEvents, 'attendances', none, shared),
    affiliationsOfActor: idLoader(runner, Q.affiliationsOfActors, 'affiliations', none, shared),
    membersOfOrganization: idLoader(runner, Q.membersOfOrganizations, 'affiliations', none, shared),
    partsOf: idLoader(runner, Q.partsOf, 'parts', none, shared),
    issuesOfEvent: idLoader(runner, Q.issuesOfEvents, 'issues', none, shared),
    eventsOfIssue: idLoader(runner, Q.eventsOfIssues, 'events', none, shared),
    sourcesMentioning: idLoader(runner, Q.sourcesMentioning, 'sources', none, shared),
  };
}
