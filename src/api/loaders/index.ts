import { cypher } from '../../graph/cypher.js';
import type { StanceCounts, StanceKind } from '../generated/resolvers-types.js';
import { shareLoaded } from '../cache/batch.js';
import type { RequestCache } from '../cache/requestCache.js';
import type { ClaimDetail } from './claimDetails.js';
import type { QueryRunner } from '../request/requestRunner.js';
import type { AffiliationRow, AttendanceRow, EntityRow, EventRow, FarEnd, IssueRow, SourceRow, StanceRow } from '../../graph/rows.js';
import {
  affiliationRows,
  type AffiliationTuple,
  attendanceRows,
  type AttendanceTuple,
  claimRowsOf,
  type ClaimTuple,
  nodeRow,
  nodeRows,
  type NodeTuple,
} from '../../graph/tuples.js';
import { type IdRow, idLoader, type KeyRow, keyLoader, type SettlingLoader } from './batch.js';

/**
 * The rows of an edge query that also return the key's own node (self; null when it is
 * not of the kind the edge starts from) or, when no node has the key's id, that id (absent):
 * a root field naming that node can ask for its edges first and find the node, or its
 * absence, in the entity loader (rootPrefetch.ts).
 */
type WithSelf<R> = R & { self: NodeTuple | null; absent: string | null };

const Q = {
  entities: cypher<IdRow<'node', NodeTuple>>('api/entities-by-id'),
  stancesOfHolders: cypher<WithSelf<KeyRow<'stances', ClaimTuple[]>>>('api/stances-of-holders'),
  stancesOnIssues: cypher<WithSelf<KeyRow<'claims', IssueClaims<ClaimTuple>>>>('api/stances-on-issues'),
  attendancesOfStakeholders: cypher<IdRow<'attendances', AttendanceTuple[]>>('api/attendances-of-stakeholders'),
  attendancesOfEvents: cypher<WithSelf<IdRow<'attendances', AttendanceTuple[]>>>('api/attendances-of-events'),
  affiliationsOfActors: cypher<IdRow<'affiliations', AffiliationTuple[]> & { ends: NodeTuple[] | null }>('api/affiliations-of-actors'),
  membersOfOrganizations: cypher<IdRow<'affiliations', AffiliationTuple[]>>('api/members-of-organizations'),
  partsOf: cypher<IdRow<'parts', NodeTuple[]>>('api/parts-of'),
  issuesOfEvents: cypher<IdRow<'issues', NodeTuple[]>>('api/issues-of-events'),
  eventsOfIssues: cypher<IdRow<'events', NodeTuple[]>>('api/events-of-issues'),
  sourcesMentioning: cypher<IdRow<'sources', NodeTuple[]>>('api/sources-mentioning'),
};

/** The loaders' queries: each tells the request's cache view what it read (cache/requestCache.ts). */
export const LOADER_QUERIES: ReadonlySet<string> = new Set(Object.values(Q).map((q) => q.name));

/** Key of `stancesOfHolder`: a holder's claims, optionally on one issue and of one kind. */
export interface HolderStancesKey extends Record<string, unknown> {
  holder: string;
  issue: string | null;
  stance: StanceKind | null;
  /** Whether retracted claims count (they are hidden unless asked for). */
  includeRetracted: boolean;
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
  /** Whether retracted claims are listed and counted. */
  includeRetracted: boolean;
  /** The claim properties the document reads (claimDetails.ts). */
  details: readonly ClaimDetail[];
}

/** The claims on an issue and their counts by kind (claims empty for a countOnly key). */
export interface IssueClaims<S = StanceRow> {
  stances: S[];
  counts: StanceCounts;
}

/** The per-request DataLoaders. Each batch is one named query over all the keys of one tick. */
export interface Loaders {
  /** Any node by id, null when unknown. Node fields, stance holders and sources all go through it. */
  entity: SettlingLoader<string, EntityRow | null>;
  stancesOfHolder: SettlingLoader<HolderStancesKey, StanceRow[], string>;
  /**
   * Issue.stances and Issue.stanceCounts share it, so asking for both costs one query; the
   * counts are made in Cypher, so counting ships no claim.
   */
  stancesOnIssue: SettlingLoader<IssueStancesKey, IssueClaims, string>;
  attendancesOfStakeholder: SettlingLoader<string, AttendanceRow[]>;
  attendancesOfEvent: SettlingLoader<string, AttendanceRow[]>;
  affiliationsOfActor: SettlingLoader<string, AffiliationRow[]>;
  membersOfOrganization: SettlingLoader<string, AffiliationRow[]>;
  /** Sub-issues of an issue, sub-organizations of an organization. */
  partsOf: SettlingLoader<string, EntityRow[]>;
  issuesOfEvent: SettlingLoader<string, IssueRow[]>;
  eventsOfIssue: SettlingLoader<string, EventRow[]>;
  sourcesMentioning: SettlingLoader<string, SourceRow[]>;
}

const noClaims = (): IssueClaims => ({ stances: [], counts: { supports: 0, opposes: 0, conditional: 0, mixed: 0, total: 0 } });

/**
 * A request's loaders, each made on first use: a request touches two or three of the eleven,
 * and on a small request that fixed cost is a large share of the whole. The priming helpers are methods,
 * not closures made per request. Each loader can still be replaced (tests put a failing one
 * in place), as a plain object's property could.
 */
class RequestLoaders implements Loaders {
  #entity?: Loaders['entity'];
  #stancesOfHolder?: Loaders['stancesOfHolder'];
  #stancesOnIssue?: Loaders['stancesOnIssue'];
  #attendancesOfStakeholder?: Loaders['attendancesOfStakeholder'];
  #attendancesOfEvent?: Loaders['attendancesOfEvent'];
  #affiliationsOfActor?: Loaders['affiliationsOfActor'];
  #membersOfOrganization?: Loaders['membersOfOrganization'];
  #partsOf?: Loaders['partsOf'];
  #issuesOfEvent?: Loaders['issuesOfEvent'];
  #eventsOfIssue?: Loaders['eventsOfIssue'];
  #sourcesMentioning?: Loaders['sourcesMentioning'];

  constructor(
    private readonly runner: QueryRunner,
    private readonly shared: RequestCache | undefined,
  ) {}

  // Nodes other queries bring whole go to the entity loader, and to the shared cache as if
  // entities-by-id had read them (the mark is that query's start, for the race guard).
  private prime(node: EntityRow | null | undefined, since: number | undefined): void {
    if (!node) return;
    this.entity.prime(node.id, node);
    shareLoaded(this.shared, Q.entities.name, node.id, node, since);
  }

  private primeSelf(row: { self: NodeTuple | null; absent: string | null }, since: number | undefined): void {
    if (row.absent === null) return this.prime(nodeRow(row.self), since);
    this.entity.prime(row.absent, null);
    shareLoaded(this.shared, Q.entities.name, row.absent, null, since);
  }

  // Edge queries return their far ends whole when the document goes on to them; with those
  // in the entity loader, the holders, issues, attendees... of a level cost no query.
  private primeEnds(edges: readonly FarEnd[] | null | undefined, since: number | undefined): void {
    edges?.forEach((e) => this.prime(e.end, since));
  }

  private readonly endsOf = (_rows: readonly unknown[], values: ReadonlyArray<readonly FarEnd[] | null>, since: number | undefined) =>
    values.forEach((v) => this.primeEnds(v, since));

  private readonly selfAndEnds = (
    rows: ReadonlyArray<{ self: NodeTuple | null; absent: string | null }>,
    values: ReadonlyArray<readonly FarEnd[] | null>,
    since: number | undefined,
  ) => rows.forEach((r, n) => (this.primeSelf(r, since), this.primeEnds(values[n], since)));

  get entity() {
    return (this.#entity ??= idLoader(this.runner, Q.entities, { column: 'node', missing: () => null, decode: nodeRow }, this.shared));
  }

  set entity(loader: Loaders['entity']) {
    this.#entity = loader;
  }

  get stancesOfHolder() {
    return (this.#stancesOfHolder ??= keyLoader<HolderStancesKey, WithSelf<KeyRow<'stances', ClaimTuple[]>>, 'stances', StanceRow[]>(
      this.runner, Q.stancesOfHolders,
      { column: 'stances', missing: () => [], decode: claimRowsOf, onRows: this.selfAndEnds },
      this.shared,
    ));
  }

  set stancesOfHolder(loader: Loaders['stancesOfHolder']) {
    this.#stancesOfHolder = loader;
  }

  get stancesOnIssue() {
    return (this.#stancesOnIssue ??= keyLoader<IssueStancesKey, WithSelf<KeyRow<'claims', IssueClaims<ClaimTuple>>>, 'claims', IssueClaims>(
      this.runner, Q.stancesOnIssues,
      {
        column: 'claims', missing: noClaims, decode: (c) => ({ stances: claimRowsOf(c.stances), counts: c.counts }),
        onRows: (rows, values, since) => rows.forEach((r, n) => (this.primeSelf(r, since), this.primeEnds(values[n]?.stances ?? null, since))),
      },
      this.shared,
    ));
  }

  set stancesOnIssue(loader: Loaders['stancesOnIssue']) {
    this.#stancesOnIssue = loader;
  }

  get attendancesOfStakeholder() {
    return (this.#attendancesOfStakeholder ??= idLoader(this.runner, Q.attendancesOfStakeholders, { column: 'attendances', missing: () => [], decode: attendanceRows, onRows: this.endsOf }, this.shared));
  }

  set attendancesOfStakeholder(loader: Loaders['attendancesOfStakeholder']) {
    this.#attendancesOfStakeholder = loader;
  }

  get attendancesOfEvent() {
    return (this.#attendancesOfEvent ??= idLoader(this.runner, Q.attendancesOfEvents, { column: 'attendances', missing: () => [], decode: attendanceRows, onRows: this.selfAndEnds }, this.shared));
  }

  set attendancesOfEvent(loader: Loaders['attendancesOfEvent']) {
    this.#attendancesOfEvent = loader;
  }

  get affiliationsOfActor() {
    return (this.#affiliationsOfActor ??= idLoader(
      this.runner, Q.affiliationsOfActors,
      { column: 'affiliations', missing: () => [], decode: affiliationRows, onRows: (rows, _, since) => rows.forEach((r) => r.ends?.forEach((o) => this.prime(nodeRow(o), since))) },
      this.shared,
    ));
  }

  set affiliationsOfActor(loader: Loaders['affiliationsOfActor']) {
    this.#affiliationsOfActor = loader;
  }

  get membersOfOrganization() {
    return (this.#membersOfOrganization ??= idLoader(this.runner, Q.membersOfOrganizations, { column: 'affiliations', missing: () => [], decode: affiliationRows, onRows: this.endsOf }, this.shared));
  }

  set membersOfOrganization(loader: Loaders['membersOfOrganization']) {
    this.#membersOfOrganization = loader;
  }

  get partsOf() {
    return (this.#partsOf ??= idLoader(this.runner, Q.partsOf, { column: 'parts', missing: () => [], decode: nodeRows<EntityRow> }, this.shared));
  }

  set partsOf(loader: Loaders['partsOf']) {
    this.#partsOf = loader;
  }

  get issuesOfEvent() {
    return (this.#issuesOfEvent ??= idLoader(this.runner, Q.issuesOfEvents, { column: 'issues', missing: () => [], decode: nodeRows<IssueRow> }, this.shared));
  }

  set issuesOfEvent(loader: Loaders['issuesOfEvent']) {
    this.#issuesOfEvent = loader;
  }

  get eventsOfIssue() {
    return (this.#eventsOfIssue ??= idLoader(this.runner, Q.eventsOfIssues, { column: 'events', missing: () => [], decode: nodeRows<EventRow> }, this.shared));
  }

  set eventsOfIssue(loader: Loaders['eventsOfIssue']) {
    this.#eventsOfIssue = loader;
  }

  get sourcesMentioning() {
    return (this.#sourcesMentioning ??= idLoader(this.runner, Q.sourcesMentioning, { column: 'sources', missing: () => [], decode: nodeRows<SourceRow> }, this.shared));
  }

  set sourcesMentioning(loader: Loaders['sourcesMentioning']) {
    this.#sourcesMentioning = loader;
  }
}

/**
 * Makes a fresh set of loaders over `runner`; call once per request so no loader's own cache
 * outlives it. `shared` is the request's view of the cross-request cache the change feed keeps
 * fresh (src/api/cache/), which also notes what the request read for the response cache.
 * Each loader is made when the request first uses it.
 */
export function createLoaders(runner: QueryRunner, shared?: RequestCache): Loaders {
  return new RequestLoaders(runner, shared);
}
