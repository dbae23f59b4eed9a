import { type CypherQuery, cypher } from '../../graph/cypher.js';
import type { ClaimDetail } from './claimDetails.js';
import type { Attribution, EdgeType, StanceKind } from '../generated/resolvers-types.js';
import { edgeId, NODE_KIND } from '../resolvers/mapping.js';
import { ANY_KIND_TAG, kindTag } from '../cache/tags.js';
import type { RequestCache } from '../cache/requestCache.js';
import { exactTerm } from './lucene.js';
import { pageOf } from '../request/paging.js';
import type { QueryRunner } from '../request/requestRunner.js';
import type { EntityRow, EventRow, GraphEdgeRow, GraphNodeRow, Label, Page, StakeholderRow, StanceRow } from '../../graph/rows.js';
import { claimRowsOf, type ClaimTuple, nodeRow, nodeRows, type NodeTuple } from '../../graph/tuples.js';

/** What every page query returns: one row with the page's items and the total. */
interface PageRow<T> {
  total: number;
  items: T[];
}

const Q = {
  actorsPage: cypher<PageRow<NodeTuple>>('api/actors-page'),
  organizationsPage: cypher<PageRow<NodeTuple>>('api/organizations-page'),
  issuesPage: cypher<PageRow<NodeTuple>>('api/issues-page'),
  sourcesPage: cypher<PageRow<NodeTuple>>('api/sources-page'),
  eventsPage: cypher<PageRow<NodeTuple>>('api/events-page'),
  stancesPage: cypher<PageRow<ClaimTuple>>('api/stances-page'),
  stancesPageByHolder: cypher<PageRow<ClaimTuple>>('api/stances-page-by-holder'),
  stancesPageByIssue: cypher<PageRow<ClaimTuple>>('api/stances-page-by-issue'),
  stancesPageBySource: cypher<PageRow<ClaimTuple>>('api/stances-page-by-source'),
  search: cypher<{ score: number; node: NodeTuple }>('api/search'),
  topStakeholders: cypher<{ claims: number; node: NodeTuple }>('api/top-stakeholders'),
  graph: cypher<{
    nodes: Array<{ id: string; kind: Label; label: string }>;
    edges: Array<{ type: EdgeType; source: string; target: string; claimId: string | null; label: string | null }>;
    truncated: boolean;
  }>('api/graph'),
};

/**
 * The stances page query for a filter: each starts its plan where the filter is most
 * selective (the holder, the issue, the source), so Neo4j caches one plan per path instead
 * of one plan that must serve every combination. The rest (no filter, kind, attribution, an
 * asOf range) walk the asOf indexes newest first (api/stances-page).
 */
export function stancesPageQuery(filter: Omit<StanceFilterArgs, 'includeRetracted'>): CypherQuery<PageRow<ClaimTuple>> {
  if (filter.holder !== null) return Q.stancesPageByHolder;
  if (filter.issue !== null) return Q.stancesPageByIssue;
  if (filter.source !== null) return Q.stancesPageBySource;
  return Q.stancesPage;
}

type PagedLabel = 'Actor' | 'Organization' | 'Issue' | 'Source';
const PAGE_OF_LABEL: { [L in PagedLabel]: CypherQuery<PageRow<NodeTuple>> } = {
  Actor: Q.actorsPage,
  Organization: Q.organizationsPage,
  Issue: Q.issuesPage,
  Source: Q.sourcesPage,
};

/** The root reads that tell the request's cache view what they read: the pages of nodes by id. */
export const TAGGED_READS: ReadonlySet<string> = new Set(Object.values(PAGE_OF_LABEL).map((q) => q.name));

export interface StanceFilterArgs {
  holder: string | null;
  issue: string | null;
  includeSubIssues: boolean;
  stance: StanceKind | null;
  attribution: Attribution | null;
  source: string | null;
  /** ISO dates. */
  asOfFrom: string | null;
  asOfTo: string | null;
  /** Whether retracted claims are listed and counted. */
  includeRetracted: boolean;
}

export interface SubgraphRow {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
  truncated: boolean;
}

/**
 * Root-level reads that are not batched because a request makes each once: pages, search
 * and the graph neighbourhood. Each is one named query, run
 * on the request's counting runner.
 */
export interface Reads {
  /** A page of one kind ordered by id, after the id `after`. */
  nodesPage<L extends PagedLabel>(label: L, after: string | null, size: number): Promise<Page<Extract<EntityRow, { label: L }>>>;
  eventsPage(args: { from: string | null; to: string | null; status: EventRow['status'] | null; after: string[] | null; size: number }): Promise<Page<EventRow>>;
  /** A page of claims; with `withTotal` false the total is not counted (0): the document does not read it. */
  stancesPage(args: { filter: StanceFilterArgs; details: readonly ClaimDetail[]; after: string[] | null; size: number; withTotal: boolean }): Promise<Page<StanceRow>>;
  search(args: { query: string; kinds: Label[] | null; size: number }): Promise<Array<{ score: number; node: EntityRow }>>;
  /** The `size` actors and organizations with the most standing claims, most first, then by id. */
  topStakeholders(size: number): Promise<StakeholderRow[]>;
  graph(args: { ids: string[]; depth: number; limit: number; types: readonly EdgeType[]; includeRetracted: boolean }): Promise<SubgraphRow>;
}

/** Sort key of an event in `events`: its date (undated last), then its id. */
export const eventSortKey = (e: EventRow): string[] => [e.date ?? '9999-12-31', e.id];
/** Sort key of a claim in `stances`: its asOf, newest first (undated last), then its id. */
export const stanceSortKey = (s: StanceRow): string[] => [s.asOf ?? '0001-01-01', s.id];

/**
 * The root reads over `runner`. A page of nodes by id tells `cache` what it read (its items,
 * and the kinds' membership), so an answer built on it can be kept by the response cache; the
 * other reads (stances pages, search, graph, events by date) do not, and an answer that used
 * them is not kept (responses.ts).
 */
export function createReads(runner: QueryRunner, cache?: RequestCache): Reads {
  async function page<T, R>(query: CypherQuery<PageRow<T>>, params: Record<string, unknown>, size: number, decode: (items: T[]) => R[]): Promise<Page<R>> {
    const [row] = await runner.read(query, { ...params, limit: size + 1 });
    return pageOf(decode(row?.items ?? []), size, row?.total ?? 0);
  }

  return {
    async nodesPage(label, after, size) {
      const found = await page(PAGE_OF_LABEL[label], { after: after ?? '' }, size, nodeRows<Extract<EntityRow, { label: typeof label }>>);
      cache?.read([kindTag(label), ANY_KIND_TAG, ...found.items.map((n) => (n as EntityRow).id)]);
      return found;
    },

    eventsPage({ from, to, status, after, size }) {
      return page(Q.eventsPage, { from, to, status, afterDate: after?.[0] ?? null, afterId: after?.[1] ?? null }, size, nodeRows<EventRow>);
    },

    stancesPage({ filter, details, after, size, withTotal }) {
      const params = {
        ...filter,
        withTotal,
        sourceTerm: filter.source === null ? null : exactTerm(filter.source),
        details,
        afterDate: after?.[0] ?? null,
        afterId: after?.[1] ?? null,
      };
      return page(stancesPageQuery(filter), params, size, claimRowsOf);
    },

    async search({ query, kinds, size }) {
      const rows = await runner.read(Q.search, { query, kinds, limit: size });
      return rows.map((r) => ({ score: r.score, node: nodeRow(r.node)! }));
    },

    async topStakeholders(size) {
      const rows = await runner.read(Q.topStakeholders, { limit: size });
      return rows.map((r) => nodeRow(r.node) as StakeholderRow);
    },

    /** One query walks and collects the edges (api/graph); here the rows get their GraphQL shape. */
    async graph({ ids, depth, limit, types, includeRetracted }) {
      const [row] = await runner.read(Q.graph, { ids: [...new Set(ids)], depth, limit, types, includeRetracted });
      if (!row) return { nodes: [], edges: [], truncated: false };
      const edges = row.edges
        .slice(0, limit)
        .map(({ type, source, target, claimId, label }) => ({ id: edgeId(type, source, target, claimId), type, source, target, label }));
      return {
        nodes: row.nodes.map((n) => ({ id: n.id, kind: NODE_KIND[n.kind], label: n.label })),
        edges,
        truncated: row.truncated || row.edges.length > limit,
      };
    },
  };
}
