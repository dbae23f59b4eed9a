import { badInput, notFound } from '../../errors.js';
import { ALL_CLAIM_DETAILS, claimDetailsOfConnection } from '../loaders/claimDetails.js';
import { compareStances } from './compare.js';
import type { Context } from '../request/context.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { eventSortKey, stanceSortKey } from '../loaders/reads.js';
import { toLuceneQuery } from '../loaders/lucene.js';
import { EDGE_TYPES, isStakeholder, LABEL_OF_KIND, ofLabel } from './mapping.js';
import { type CursorKind, decodeCursor, pageSize, toConnection } from '../request/paging.js';
import { loadRoot } from '../loaders/rootPrefetch.js';
import { selectsTotalCount } from '../loaders/resolveTree.js';
import { loadMany, stancesOfHolder } from './shared.js';

/** graph(): how far and how much one request may walk. */
export const GRAPH_LIMITS = {
  maxDepth: 3,
  defaultLimit: 200,
  /** A neighbourhood a browser can still lay out; ask again from other ids for more. */
  maxLimit: 500,
  maxIds: 50,
} as const;

/** A graphql-scalars Date (a JS Date at UTC midnight) as the ISO date Cypher's date() reads. */
const isoDate = (d: Date | string | null | undefined): string | null =>
  d === null || d === undefined ? null : typeof d === 'string' ? d : d.toISOString().slice(0, 10);

function dateRange(fromName: string, from: string | null, toName: string, to: string | null) {
  if (from && to && from > to) throw badInput(`${fromName} (${from}) is after ${toName} (${to})`, { argumentName: fromName, value: from });
}

function intInRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${name} must be between ${min} and ${max}, got ${value}`, { argumentName: name, value });
  }
  return value;
}

/** The connection of every node of one kind, ordered by id: actors, organizations, issues, sources. */
function nodesConnection<L extends 'Actor' | 'Organization' | 'Issue' | 'Source'>(label: L, kind: CursorKind) {
  return async (_: unknown, { first, after }: { first?: number | null; after?: string | null }, ctx: Context) => {
    const page = await ctx.reads.nodesPage(label, decodeCursor(kind, after)?.[0] ?? null, pageSize(first));
    return toConnection(kind, page, (n: { id: string }) => [n.id], after);
  };
}

export const Query: QueryResolvers = {
  node: (_, { id }, ctx) => ctx.loaders.entity.load(id),
  actor: (_, { id }, ctx, info) => loadRoot(ctx, id, 'Actor', info),
  organization: (_, { id }, ctx, info) => loadRoot(ctx, id, 'Organization', info),
  issue: (_, { id }, ctx, info) => loadRoot(ctx, id, 'Issue', info),
  event: (_, { id }, ctx, info) => loadRoot(ctx, id, 'Event', info),
  source: async (_, { id }, ctx) => ofLabel(await ctx.loaders.entity.load(id), 'Source'),

  actors: nodesConnection('Actor', 'actor'),
  organizations: nodesConnection('Organization', 'organization'),
  issues: nodesConnection('Issue', 'issue'),
  sources: nodesConnection('Source', 'source'),
  events: async (_, { first, after, from, to, status }, ctx) => {
    const size = pageSize(first);
    const key = decodeCursor('event', after);
    const [f, t] = [isoDate(from), isoDate(to)];
    dateRange('from', f, 'to', t);
    const page = await ctx.reads.eventsPage({ from: f, to: t, status: status ?? null, after: key, size });
    return toConnection('event', page, eventSortKey, after);
  },
  stances: async (_, { first, after, filter }, ctx, info) => {
    const size = pageSize(first);
    const key = decodeCursor('stance', after);
    const [asOfFrom, asOfTo] = [isoDate(filter?.asOfFrom), isoDate(filter?.asOfTo)];
    dateRange('filter.asOfFrom', asOfFrom, 'filter.asOfTo', asOfTo);
    const page = await ctx.reads.stancesPage({
      filter: {
        holder: filter?.holder ?? null,
        issue: filter?.issue ?? null,
        includeSubIssues: filter?.includeSubIssues ?? false,
        stance: filter?.stance ?? null,
        attribution: filter?.attribution ?? null,
        source: filter?.source ?? null,
        asOfFrom,
        asOfTo,
        includeRetracted: filter?.includeRetracted ?? false,
      },
      details: claimDetailsOfConnection(info),
      after: key,
      size,
      withTotal: selectsTotalCount(info),
    });
    return toConnection('stance', page, stanceSortKey, after);
  },

  search: async (_, { text, first, kinds }, ctx) => {
    const size = pageSize(first);
    const query = toLuceneQuery(text);
    if (!query || size === 0) return [];
    return ctx.reads.search({ query, kinds: kinds ? kinds.map((k) => LABEL_OF_KIND[k]) : null, size });
  },

  topStakeholders: async (_, { first }, ctx) => {
    const size = pageSize(first);
    return size === 0 ? [] : ctx.reads.topStakeholders(size);
  },

  compare: async (_, { a, b, includeRetracted }, ctx) => {
    // Both lookups and both claim lists go out in the same tick: two round trips in all.
    const [[ra, rb], [sa, sb]] = await Promise.all([
      loadMany(ctx, [a, b]),
      Promise.all([
        stancesOfHolder(ctx, a, { includeRetracted }, ALL_CLAIM_DETAILS),
        stancesOfHolder(ctx, b, { includeRetracted }, ALL_CLAIM_DETAILS),
      ]),
    ]);
    const unknown = (name: string, id: string) =>
      notFound(`${name}: no actor or organization has id ${JSON.stringify(id)}`, { argumentName: name, value: id });
    if (!isStakeholder(ra)) throw unknown('a', a);
    if (!isStakeholder(rb)) throw unknown('b', b);
    return { a: ra, b: rb, ...compareStances(sa, sb) };
  },

  graph: async (_, { ids, depth, limit, types, includeRetracted }, ctx) => {
    if (ids.length < 1 || ids.length > GRAPH_LIMITS.maxIds) {
      throw badInput(`ids must hold 1 to ${GRAPH_LIMITS.maxIds} ids, got ${ids.length}`, { argumentName: 'ids', value: ids.length });
    }
    return ctx.reads.graph({
      ids,
      depth: intInRange('depth', depth ?? 1, 0, GRAPH_LIMITS.maxDepth),
      limit: intInRange('limit', limit ?? GRAPH_LIMITS.defaultLimit, 1, GRAPH_LIMITS.maxLimit),
      types: types?.length ? [...new Set(types)] : EDGE_TYPES,
      includeRetracted: includeRetracted ?? false,
    });
  },
};
