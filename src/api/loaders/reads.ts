import { cypher } from '../../graph/cypher.js';
import type { QueryRunner } from '../../graph/db.js';
import type { EdgeType, StanceKind, Attribution } from '../generated/resolvers-types.js';
import { displayLabel, edgeId, NODE_KIND } from '../mapping.js';
import { pageOf } from '../paging.js';
import { loadAllOrFail } from './batch.js';
import type { Loaders } from './index.js';
import type { EntityRow, EventRow, GraphEdgeRow, GraphNodeRow, Label, Page, StanceRow } from './rows.js';

const Q = {
  actorsPage: cypher('api/actors-page'),
  organizationsPage: cypher('api/organizations-page'),
  issuesPage: cypher('api/issues-page'),
  sourcesPage: cypher('api/sources-page'),
  eventsPage: cypher('api/events-page'),
  stancesPage: cypher('api/stances-page'),
  search: cypher('api/search'),
  graphNeighbours: cypher('api/graph-neighbours'),
  graphEdges: cypher('api/graph-edges'),
};

const PAGE_OF_LABEL = {
  Actor: Q.actorsPage,
  Organization: Q.organizationsPage,
  Issue: Q.issuesPage,
  Source: Q.sourcesPage,
} as const;

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
}

export interface SubgraphRow {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
  truncated: boolean;
}

/**
 * Root-level reads that are not batched because a request makes each once: pages, search
 * and the graph neighbourhood. Each is one named query (graph: one per depth level), run
 * on the request's counting runner.
 */
export interface Reads {
  /** A page of one kind ordered by id, after the id `after`. */
  nodesPage<L extends keyof typeof PAGE_OF_LABEL>(label: L, after: string | null, size: number): Promise<Page<Extract<EntityRow, { label: L }>>>;
  eventsPage(args: { from: string | null; to: string | null; status: EventRow['status'] | null; after: string[] | null; size: number }): Promise<Page<EventRow>>;
  stancesPage(args: { filter: StanceFilterArgs; after: string[] | null; size: number }): Promise<Page<StanceRow>>;
  search(args: { query: string; kinds: Label[] | null; size: number }): Promise<Array<{ score: number; node: EntityRow }>>;
  graph(args: { ids: string[]; depth: number; limit: number; types: readonly EdgeType[] }): Promise<SubgraphRow>;
}

/** Sort key of an event in `events`: its date (undated last), then its id. */
export const eventSortKey = (e: EventRow): string[] => [e.date ?? '9999-12-31', e.id];
/** Sort key of a claim in `stances`: its asOf, newest first (undated last), then its id. */
export const stanceSortKey = (s: StanceRow): string[] => [s.asOf ?? '0001-01-01', s.id];

export function createReads(runner: QueryRunner, loaders: Loaders): Reads {
  async function page<T>(query: Parameters<QueryRunner['read']>[0], params: Record<string, unknown>, size: number): Promise<Page<T>> {
    const [row] = await runner.read(query, { ...params, limit: size + 1 });
    return pageOf((row?.items ?? []) as T[], size, (row?.total as number | undefined) ?? 0);
  }

  return {
    nodesPage(label, after, size) {
      return page(PAGE_OF_LABEL[label], { after: after ?? '' }, size);
    },

    eventsPage({ from, to, status, after, size }) {
      return page(Q.eventsPage, { from, to, status, afterDate: after?.[0] ?? null, afterId: after?.[1] ?? null }, size);
    },

    stancesPage({ filter, after, size }) {
      return page(Q.stancesPage, { ...filter, afterDate: after?.[0] ?? null, afterId: after?.[1] ?? null }, size);
    },

    async search({ query, kinds, size }) {
      const rows = await runner.read(Q.search, { query, kinds, limit: size });
      return rows.map((r) => ({ score: r.score as number, node: r.node as EntityRow }));
    },

    /**
     * Breadth-first from the start nodes, one query per level, then one for the edges among
     * everything reached. When the next level does not fit in `limit`, the nodes first by id
     * are kept and the walk stops there, with `truncated` set.
     */
    async graph({ ids, depth, limit, types }) {
      const loaded = await loadAllOrFail(loaders.entity, [...new Set(ids)]);
      const starts = loaded.filter((r): r is EntityRow => r !== null);
      const nodes = new Map<string, GraphNodeRow>();
      let truncated = starts.length > limit;
      for (const row of starts.slice(0, limit)) nodes.set(row.id, { id: row.id, kind: NODE_KIND[row.label], label: displayLabel(row) });

      let frontier = [...nodes.keys()];
      for (let level = 1; level <= depth && frontier.length > 0 && !truncated; level += 1) {
        const rows = await runner.read(Q.graphNeighbours, { ids: frontier, types });
        const fresh = rows.filter((r) => !nodes.has(r.id as string));
        const room = limit - nodes.size;
        if (fresh.length > room) truncated = true;
        frontier = [];
        for (const r of fresh.slice(0, room)) {
          const id = r.id as string;
          nodes.set(id, { id, kind: NODE_KIND[r.kind as Label], label: r.label as string });
          frontier.push(id);
        }
      }

      const edgeRows = nodes.size ? await runner.read(Q.graphEdges, { ids: [...nodes.keys()], types, limit: limit + 1 }) : [];
      if (edgeRows.length > limit) truncated = true;
      const edges = edgeRows.slice(0, limit).map((r) => {
        const type = r.type as EdgeType;
        const source = r.source as string;
        const target = r.target as string;
        return { id: edgeId(type, source, target, r.claimId as string | null), type, source, target, label: (r.label as string | null) ?? null };
      });
      return { nodes: [...nodes.values()], edges, truncated };
    },
  };
}
