import type DataLoader from 'dataloader';
import { cypher } from '../../graph/cypher.js';
import type { QueryRunner } from '../../graph/db.js';
import type { StanceKind } from '../generated/resolvers-types.js';
import { idLoader, keyLoader } from './batch.js';
import type { AffiliationRow, AttendanceRow, EntityRow, EventRow, IssueRow, SourceRow, StanceRow } from './rows.js';

const Q = {
  entities: cypher('api/entities-by-id'),
  stancesOfHolders: cypher('api/stances-of-holders'),
  stancesOnIssues: cypher('api/stances-on-issues'),
  attendancesOfStakeholders: cypher('api/attendances-of-stakeholders'),
  attendancesOfEvents: cypher('api/attendances-of-events'),
  affiliationsOfActors: cypher('api/affiliations-of-actors'),
  membersOfOrganizations: cypher('api/members-of-organizations'),
  partsOf: cypher('api/parts-of'),
  issuesOfEvents: cypher('api/issues-of-events'),
  eventsOfIssues: cypher('api/events-of-issues'),
  sourcesMentioning: cypher('api/sources-mentioning'),
};

/** Key of `stancesOfHolder`: a holder's claims, optionally on one issue and of one kind. */
export interface HolderStancesKey extends Record<string, unknown> {
  holder: string;
  issue: string | null;
  stance: StanceKind | null;
}

/** Key of `stancesOnIssue`: claims on an issue (and its sub-issues), optionally of one kind. */
export interface IssueStancesKey extends Record<string, unknown> {
  issue: string;
  stance: StanceKind | null;
  includeSubIssues: boolean;
}

/** The per-request DataLoaders. Each batch is one named query over all the keys of one tick. */
export interface Loaders {
  /** Any node by id, null when unknown. Node fields, stance holders and sources all go through it. */
  entity: DataLoader<string, EntityRow | null>;
  stancesOfHolder: DataLoader<HolderStancesKey, StanceRow[], string>;
  stancesOnIssue: DataLoader<IssueStancesKey, StanceRow[], string>;
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

/** Makes a fresh set of loaders over `runner`; call once per request so no cache outlives it. */
export function createLoaders(runner: QueryRunner): Loaders {
  const none = () => [];
  return {
    entity: idLoader<EntityRow | null>(runner, Q.entities, 'node', () => null),
    stancesOfHolder: keyLoader<HolderStancesKey, StanceRow[]>(runner, Q.stancesOfHolders, 'stances', none),
    stancesOnIssue: keyLoader<IssueStancesKey, StanceRow[]>(runner, Q.stancesOnIssues, 'stances', none),
    attendancesOfStakeholder: idLoader<AttendanceRow[]>(runner, Q.attendancesOfStakeholders, 'attendances', none),
    attendancesOfEvent: idLoader<AttendanceRow[]>(runner, Q.attendancesOfEvents, 'attendances', none),
    affiliationsOfActor: idLoader<AffiliationRow[]>(runner, Q.affiliationsOfActors, 'affiliations', none),
    membersOfOrganization: idLoader<AffiliationRow[]>(runner, Q.membersOfOrganizations, 'affiliations', none),
    partsOf: idLoader<EntityRow[]>(runner, Q.partsOf, 'parts', none),
    issuesOfEvent: idLoader<IssueRow[]>(runner, Q.issuesOfEvents, 'issues', none),
    eventsOfIssue: idLoader<EventRow[]>(runner, Q.eventsOfIssues, 'events', none),
    sourcesMentioning: idLoader<SourceRow[]>(runner, Q.sourcesMentioning, 'sources', none),
  };
}
