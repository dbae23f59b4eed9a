/**
 * The ingest's resolvers: the review queue (drafts, draft, proposal), its mutations
 * (ingestArticle, acceptProposal, rejectProposal, acceptDraft) and the Draft and Proposal
 * types. Thin like the others: check the role, hand over to src/ingest/, shape the answer;
 * what accepting wrote goes to the live graph as the curation mutations' writes do.
 */
import { writerFor } from '../http/auth.js';
import type { Context } from '../request/context.js';
import { badInput, notFound } from '../../errors.js';
import type { Role } from '../../curation/index.js';
import type { Draft as DraftItems, DraftEntity } from '../../ingest/draft.js';
import type { Accepted, ProposalRow } from '../../ingest/review.js';
import { KIND_ORDER } from '../../ingest/proposals.js';
import { quoteOfStance } from '../../ingest/quotes.js';
import type { DraftResolvers, EventStatus, Evidence, MutationResolvers, ProposalResolvers, QueryResolvers } from '../generated/resolvers-types.js';
import { proposalWrites } from '../live/ownWrites.js';
import type { DraftRow, TextRow } from '../loaders/drafts.js';
import { draftsPage } from '../loaders/drafts.js';
import { ofLabel } from './mapping.js';
import { decodeCursor, pageSize, toConnection } from '../request/paging.js';

/** Ingesting and reviewing are curation: curator or admin. */
const REVIEW: readonly Role[] = ['curator', 'admin'];

/** The longest excerpt one field answers. */
const MAX_EXCERPT = 2_000;

async function textOf(ctx: Context, draft: DraftRow): Promise<TextRow> {
  const text = await ctx.drafts.text.load(draft.sourceId);
  if (!text) throw notFound(`The source ${draft.sourceId} has no stored text`, { source: draft.sourceId });
  return text;
}

const json = (text: string | null | undefined): Record<string, unknown> | null => (text ? (JSON.parse(text) as Record<string, unknown>) : null);

/** Tells the live graph what accepting wrote: the cache forgets it before the answer goes out. */
function announce(ctx: Context, accepted: readonly Accepted[]): void {
  const changes = proposalWrites(accepted.flatMap((a) => a.writes));
  if (changes.length) ctx.live?.ownWrite(changes);
}

export const IngestQuery: Pick<QueryResolvers, 'drafts' | 'draft' | 'proposal'> = {
  drafts: async (_, { first, after, status }, ctx) => {
    const size = pageSize(first);
    const page = await draftsPage(ctx.runner, status ?? 'PENDING', decodeCursor('draft', after)?.[0] ?? null, size);
    return toConnection('draft', page, (d) => [d.sourceId], after);
  },
  draft: async (_, { source }, ctx) => ((await ctx.drafts.text.load(source)) ? { sourceId: source } : null),
  proposal: (_, { id }, ctx) => ctx.drafts.proposal.load(id),
};

export const IngestMutation: Pick<MutationResolvers, 'ingestArticle' | 'acceptProposal' | 'rejectProposal' | 'acceptDraft'> = {
  ingestArticle: async (_, { input }, ctx) => {
    const result = await ctx.ingest.ingest(input, writerFor(ctx.credential, REVIEW, 'ingestArticle'));
    if (result.created) ctx.live?.ownWrite([{ op: 'created', entity: 'node', labels: ['Entity', 'Source'], id: result.sourceId, keys: ['id', 'title'] }]);
    return { created: result.created, draft: { sourceId: result.sourceId } };
  },
  acceptProposal: async (_, { id, edits }, ctx) => {
    const accepted = await ctx.review.accept(id, edits ?? null, writerFor(ctx.credential, REVIEW, 'acceptProposal'));
    announce(ctx, [accepted]);
    return accepted.proposal;
  },
  rejectProposal: (_, { id, reason }, ctx) => ctx.review.reject(id, reason, writerFor(ctx.credential, REVIEW, 'rejectProposal')),
  acceptDraft: async (_, { source, minConfidence }, ctx) => {
    const accepted = await ctx.review.acceptDraft(source, minConfidence ?? 0, writerFor(ctx.credential, REVIEW, 'acceptDraft'));
    announce(ctx, accepted);
    return { accepted: accepted.map((a) => a.proposal), draft: { sourceId: source } };
  },
};

export const Draft: DraftResolvers = {
  source: async (draft, _, ctx) => {
    const source = ofLabel(await ctx.loaders.entity.load(draft.sourceId), 'Source');
    if (!source) throw notFound(`No source has the id ${draft.sourceId}`, { source: draft.sourceId });
    return source;
  },
  text: async (draft, _, ctx) => (await textOf(ctx, draft)).text,
  excerpt: async (draft, { start, length }, ctx) => {
    const [from, size] = [start ?? 0, length ?? MAX_EXCERPT];
    if (from < 0) throw badInput(`start must be 0 or more, got ${from}`, { argumentName: 'start', value: from });
    if (size < 0 || size > MAX_EXCERPT) throw badInput(`length must be between 0 and ${MAX_EXCERPT}, got ${size}`, { argumentName: 'length', value: size });
    return (await textOf(ctx, draft)).text.slice(from, from + size);
  },
  bytes: async (draft, _, ctx) => (await textOf(ctx, draft)).bytes,
  url: async (draft, _, ctx) => (await textOf(ctx, draft)).url,
  warnings: async (draft, _, ctx) => (await textOf(ctx, draft)).warnings ?? [],
  mentions: async (draft, _, ctx) =>
    ((json((await textOf(ctx, draft)).draft) as unknown as DraftItems | null)?.entities ?? []).map((e: DraftEntity) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      new: e.new,
      spans: e.mentions,
    })),
  proposals: async (draft, { kind, status }, ctx) =>
    (await ctx.drafts.proposalsOf.load(draft.sourceId))
      .filter((p) => (!kind || p.kind === kind) && (!status || p.status === status))
      .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id)),
  counts: async (draft, _, ctx) => {
    const all = await ctx.drafts.proposalsOf.load(draft.sourceId);
    const count = (s: ProposalRow['status']) => all.filter((p) => p.status === s).length;
    return { pending: count('PENDING'), accepted: count('ACCEPTED'), rejected: count('REJECTED') };
  },
  extracted: async (draft, _, ctx) => json((await textOf(ctx, draft)).draft) ?? {},
  ingestedBy: async (draft, _, ctx) => (await textOf(ctx, draft)).ingestedBy,
  ingestedAt: async (draft, _, ctx) => (await textOf(ctx, draft)).ingestedAt,
};

export const Proposal: ProposalResolvers = {
  payload: (p) => json(p.payload) ?? {},
  evidence: (p) => json(p.evidence) as unknown as Evidence | null,
  edits: (p) => json(p.edits),
  dependsOn: (p) => p.dependsOn ?? [],
  existing: (p) => (p.kind === 'ENTITY' || p.kind === 'EVENT') && json(p.payload)?.new === false,
  eventStatus: async (p, _, ctx) => {
    if (p.kind !== 'EVENT') return null;
    const payload = json(p.payload) ?? {};
    const edits = json(p.edits) ?? {};
    const proposed = (edits.status ?? payload.status) as EventStatus;
    // Accepted, the event is the one it wrote (its id perhaps edited); pending, the one it names.
    const id = p.result ?? String(edits.id ?? payload.id);
    const current = ofLabel(await ctx.loaders.entity.load(id), 'Event')?.status ?? null;
    const atDraft = payload.new === false ? ((payload.currentStatus as EventStatus | undefined) ?? null) : null;
    return { current, atDraft, proposed, changes: current !== proposed };
  },
  quotedIn: async (p, _, ctx) => {
    if (p.kind !== 'QUOTE' && p.kind !== 'STANCE') return [];
    const all = await ctx.drafts.proposalsOf.load(p.sourceId);
    return p.kind === 'QUOTE' ? all.filter((s) => s.kind === 'STANCE' && quoteOfStance(p, s)) : all.filter((q) => q.kind === 'QUOTE' && quoteOfStance(q, p));
  },
  source: async (p, _, ctx) => {
    const source = ofLabel(await ctx.loaders.entity.load(p.sourceId), 'Source');
    if (!source) throw notFound(`No source has the id ${p.sourceId}`, { source: p.sourceId });
    return source;
  },
};
